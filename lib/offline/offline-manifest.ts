import * as z from 'zod/mini';

/** Written by `scripts/build-sw.ts` beside `sw.js`: every file the whole story needs offline. */
export const OFFLINE_MANIFEST_FILE = 'offline-files.json';

const manifestSchema = z.object({
  /** The sum of `files[].bytes`, as stored: what "Save for offline use" downloads at most. */
  bytes: z.number(),
  files: z.array(
    z.object({
      /** From the site's root, without a leading slash; pages as their folder (`present/`). */
      url: z.string(),
      bytes: z.number(),
    }),
  ),
});

export type OfflineManifest = z.infer<typeof manifestSchema>;
export type OfflineFile = OfflineManifest['files'][number];

/** The manifest, or null for anything else (an old server's 404 page, a cut-off file). */
export function parseOfflineManifest(value: unknown): OfflineManifest | null {
  const parsed = manifestSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** An export's file as the site serves it: `present/index.html` is the page `present/`. */
export function toSiteUrl(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}
