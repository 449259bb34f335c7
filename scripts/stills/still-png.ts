import sharp from 'sharp';

/**
 * A photograph of the still page as a still is kept: 256 colours, no dithering, about half the
 * bytes of the browser's own PNG. The visual tests put their photographs through the same
 * step, so an unchanged map gives the very same pixels and a small change of shade shows.
 */
export async function toStillPng(screenshot: Buffer): Promise<Buffer> {
  return sharp(screenshot).png({ palette: true, effort: 10, dither: 0 }).toBuffer();
}
