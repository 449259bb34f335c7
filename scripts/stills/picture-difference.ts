import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * How far a photograph of the live map (in the stills' 256 colours, `toStillPng`) is from its
 * committed still. Software GL here draws the same pixels every run, so the colour threshold is
 * low enough to see a fill's opacity move by 0.1. Edge pixels count too: a thin dashed line is
 * nothing but edges, and pixelmatch's anti-aliasing filter hid a changed dash pattern.
 */
export interface PictureDifference {
  /** Pixels that differ beyond the noise. */
  readonly pixels: number;
  /** Their share of the picture, 0 to 1. */
  readonly share: number;
  /** The differing pixels in red over a faded copy of the still, to look at. */
  readonly diff: Buffer;
}

/** Per-pixel colour threshold (pixelmatch's YIQ distance, 0 to 1). */
export const COLOUR_THRESHOLD = 0.01;

export function pictureDifference(
  still: Buffer,
  photograph: Buffer,
  threshold = COLOUR_THRESHOLD,
): PictureDifference {
  const a = PNG.sync.read(still);
  const b = PNG.sync.read(photograph);
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(
      `sizes differ: still ${a.width}x${a.height}, photograph ${b.width}x${b.height}`,
    );
  const diff = new PNG({ width: a.width, height: a.height });
  const pixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold,
    includeAA: true,
  });
  return { pixels, share: pixels / (a.width * a.height), diff: PNG.sync.write(diff) };
}
