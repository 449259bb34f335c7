import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { SANS, fontFiles } from './fonts';

/**
 * SVG → PNG without a browser or GPU: resvg draws it (its text shaped with our own TTF files,
 * never the machine's fonts, so every build draws the same pixels), then libimagequant (via
 * sharp) reduces it to a 256-colour palette, which keeps a map of flat fills crisp at a
 * fraction of the size of a true-colour PNG.
 */
export async function rasterize(svg: string): Promise<Buffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: SANS },
    fitTo: { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
  });
  const png = resvg.render().asPng();
  return sharp(png)
    .png({ palette: true, colours: 256, effort: 10, compressionLevel: 9, dither: 0.3 })
    .toBuffer();
}
