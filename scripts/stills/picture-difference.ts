import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * How far a photograph of the live map is from its committed still. Software GL draws edges a
 * little differently from run to run and the stills are kept in 256 colours, so a pixel counts
 * as different only past pixelmatch's colour threshold, and anti-aliased edge pixels not at
 * all; what is left is a changed colour, dash, line or label.
 */
export interface PictureDifference {
  /** Pixels that differ beyond the noise. */
  readonly pixels: number;
  /** Their share of the picture, 0 to 1. */
  readonly share: number;
  /** The differing pixels in red over a faded copy of the still, to look at. */
  readonly diff: Buffer;
}

/** Per-pixel colour threshold (pixelmatch's YIQ distance, 0 to 1): above a 256-colour palette's error. */
export const COLOUR_THRESHOLD = 0.1;

export function pictureDifference(still: Buffer, photograph: Buffer): PictureDifference {
  const a = PNG.sync.read(still);
  const b = PNG.sync.read(photograph);
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(
      `sizes differ: still ${a.width}x${a.height}, photograph ${b.width}x${b.height}`,
    );
  const diff = new PNG({ width: a.width, height: a.height });
  const pixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold: COLOUR_THRESHOLD,
    includeAA: false,
  });
  return { pixels, share: pixels / (a.width * a.height), diff: PNG.sync.write(diff) };
}
