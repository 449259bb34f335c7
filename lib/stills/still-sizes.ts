/**
 * The sizes a step's still picture is photographed at, from the still page (`/still/`), and
 * where each is kept. One picture per step, edition and size; the English edition keeps the
 * historic URLs (`stills/<step-id>.png`), so share cards already posted keep their image.
 */

export const STILL_SIZES = {
  /**
   * Open Graph's recommended preview size (1.91:1), so chat apps crop least. Also the print
   * and wide-screen text picture: on an A4 page's 180 mm column it is about 170 pixels an inch.
   */
  landscape: { width: 1200, height: 630, scale: 1, folder: '' },
  /**
   * For phones without WebGL and the text view on a phone: a phone's width at twice its pixels,
   * so the map's type reads at the size the live map draws it.
   */
  portrait: { width: 390, height: 520, scale: 2, folder: 'portrait/' },
} as const;

export type StillSize = keyof typeof STILL_SIZES;
export const STILL_SIZE_NAMES: readonly StillSize[] = ['landscape', 'portrait'];

import type { Edition } from '@/lib/content/editions';

export type { Edition };
/** English is the site's root; the other editions' stills are a folder of their own. */
export const DEFAULT_EDITION: Edition = 'en';
/** Every edition photographed, English first: each has its still page and its pictures. */
export const STILL_EDITIONS: readonly Edition[] = ['en', 'zh'];

/** The picture's width and height in pixels (CSS size times the photograph's scale). */
export function stillPixels(size: StillSize): { width: number; height: number } {
  const { width, height, scale } = STILL_SIZES[size];
  return { width: width * scale, height: height * scale };
}

/** The edition's folder under the site's root: '' for English. */
export function editionFolder(edition: Edition): string {
  return edition === DEFAULT_EDITION ? '' : `${edition}/`;
}

/** A still's path relative to the site's root (and to `public/`). */
export function stillFile(
  stepId: string,
  size: StillSize = 'landscape',
  edition: Edition = DEFAULT_EDITION,
): string {
  return `stills/${editionFolder(edition)}${STILL_SIZES[size].folder}${stepId}.png`;
}

/** The still page of an edition, relative to the site's root: the step goes in the hash. */
export function stillPagePath(stepId: string, edition: Edition = DEFAULT_EDITION): string {
  return `${editionFolder(edition)}still/#${stepId}`;
}
