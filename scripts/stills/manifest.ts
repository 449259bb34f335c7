import type { Edition, StillSize } from '@/lib/stills/still-sizes';
import { z } from 'zod';
import { STILL_INPUT_PARTS, type StillInputs } from './inputs';

/** One picture of a step at one size. */
export interface StillPicture {
  /** Relative to the site's root (and to `public/`), e.g. `stills/portrait/plateau.png`. */
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}

/**
 * One step's stills in an edition's manifest (`public/stills/manifest.json`, or
 * `public/stills/zh/manifest.json`), with what they were made from.
 */
export interface StillEntry {
  readonly id: string;
  /** The step's map description, the pictures' alternative text. */
  readonly alt: string;
  readonly inputs: StillInputs;
  readonly pictures: Readonly<Record<StillSize, StillPicture>>;
}

export interface StillsManifest {
  readonly edition: Edition;
  /** The browser that took the pictures: noted, not hashed, as a unit test cannot ask it. */
  readonly browser: string;
  readonly stills: readonly StillEntry[];
}

/** The manifest's text: entries in story order, one stable layout, so the same stills give the same bytes. */
export function manifestJson(manifest: StillsManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Why the committed stills no longer show the story: a step without a still, a still of a step
 * that is gone, or a part of a still's inputs that has changed. Empty when they are current.
 */
export function staleStills(
  committed: readonly Pick<StillEntry, 'id' | 'inputs'>[],
  current: ReadonlyMap<string, StillInputs>,
): string[] {
  const problems: string[] = [];
  const byId = new Map(committed.map((entry) => [entry.id, entry]));
  for (const [id, inputs] of current) {
    const entry = byId.get(id);
    if (!entry) {
      problems.push(`${id}: no still`);
      continue;
    }
    const changed = STILL_INPUT_PARTS.filter((part) => entry.inputs[part] !== inputs[part]);
    if (changed.length > 0) problems.push(`${id}: ${changed.join(', ')} changed`);
  }
  for (const id of byId.keys()) if (!current.has(id)) problems.push(`${id}: not a step any more`);
  return problems;
}

const PICTURE = z.object({
  file: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
const MANIFEST = z.object({
  edition: z.enum(['en', 'zh']),
  browser: z.string(),
  stills: z.array(
    z.object({
      id: z.string(),
      alt: z.string(),
      inputs: z.object({
        scene: z.string(),
        text: z.string(),
        style: z.string(),
        data: z.string(),
        renderers: z.string(),
      }),
      pictures: z.object({ landscape: PICTURE, portrait: PICTURE }),
    }),
  ),
});

/** Reads a manifest's text; a broken one stops with the field at fault named. */
export function parseManifest(text: string, file: string): StillsManifest {
  const result = MANIFEST.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
