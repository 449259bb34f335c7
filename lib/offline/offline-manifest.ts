export interface OfflineFile {
  /** From the site's root, without a leading slash; pages as their folder (`present/`). */
  readonly url: string;
  readonly bytes: number;
}

export interface OfflineManifest {
  /** The sum of `files[].bytes`, as stored: what "Save for offline use" downloads at most. */
  readonly bytes: number;
  readonly files: readonly OfflineFile[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isOfflineFile(value: unknown): value is OfflineFile {
  return isRecord(value) && typeof value.url === 'string' && typeof value.bytes === 'number';
}

/**
 * The manifest, or null for anything else (an old server's 404 page, a cut-off file). Checked
 * by hand rather than with zod: this runs on every page, before the map, where bytes count.
 */
export function parseOfflineManifest(value: unknown): OfflineManifest | null {
  if (!isRecord(value) || typeof value.bytes !== 'number' || !Array.isArray(value.files)) {
    return null;
  }
  const files: unknown[] = value.files;
  return files.every(isOfflineFile) ? { bytes: value.bytes, files } : null;
}

/** An export's file as the site serves it: `present/index.html` is the page `present/`. */
export function toSiteUrl(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}
