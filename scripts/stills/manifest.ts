import type { Step } from '@/lib/content/types';

/** One still in `public/stills/manifest.json`; views use it for previews, fallbacks and print. */
export interface StillEntry {
  readonly id: string;
  /** Relative to the site's root (and to `public/`): `stills/<step-id>.png`. */
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  /** The step's map description, the image's alternative text. */
  readonly alt: string;
}

export function stillFile(stepId: string): string {
  return `stills/${stepId}.png`;
}

export function manifestEntry(
  step: Pick<Step, 'id' | 'mapDescription'>,
  size: { readonly width: number; readonly height: number },
  bytes: number,
): StillEntry {
  return {
    id: step.id,
    file: stillFile(step.id),
    width: size.width,
    height: size.height,
    bytes,
    alt: step.mapDescription,
  };
}

/** The manifest's text: entries in story order, one stable layout, so the same stills give the same bytes. */
export function manifestJson(entries: readonly StillEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}
