import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The stills' fonts: TrueType files from npm (Google Fonts, SIL OFL 1.1), the same families the
 * site self-hosts as WOFF2, so a still looks like the page. resvg reads TTF/OTF and not WOFF2,
 * hence these packages rather than Fontsource's. System fonts are never used: a build on
 * another machine must draw the same pixels.
 */
const require = createRequire(import.meta.url);

export const SANS = 'Noto Sans';
export const SERIF = 'Source Serif 4';

export interface FontFace {
  readonly family: typeof SANS | typeof SERIF;
  readonly weight: 400 | 600 | 700;
}

export const SANS_REGULAR: FontFace = { family: SANS, weight: 400 };
export const SANS_BOLD: FontFace = { family: SANS, weight: 700 };
export const SERIF_TITLE: FontFace = { family: SERIF, weight: 600 };

const FILES: readonly (readonly [FontFace, string, string])[] = [
  [SANS_REGULAR, '@expo-google-fonts/noto-sans', '400Regular/NotoSans_400Regular.ttf'],
  [SANS_BOLD, '@expo-google-fonts/noto-sans', '700Bold/NotoSans_700Bold.ttf'],
  [SERIF_TITLE, '@expo-google-fonts/source-serif-4', '600SemiBold/SourceSerif4_600SemiBold.ttf'],
];

function fileOf(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** Every font file the renderer loads. */
export function fontFiles(): string[] {
  return FILES.map(([, pkg, file]) => fileOf(pkg, file));
}

const opened = new Map<string, fontkit.Font>();

function fontFor(face: FontFace): fontkit.Font {
  const key = `${face.family}/${face.weight}`;
  const cached = opened.get(key);
  if (cached) return cached;
  const entry = FILES.find(([f]) => f.family === face.family && f.weight === face.weight);
  if (!entry) throw new Error(`No font file for ${key}`);
  const font = fontkit.openSync(fileOf(entry[1], entry[2]));
  if ('fonts' in font) throw new Error(`${entry[2]} is a font collection`);
  opened.set(key, font);
  return font;
}

/** Labels are measured once per placement they try, and titles at every size they try. */
const widths = new Map<string, number>();

/**
 * The advance width of one line of text in pixels, shaped as resvg shapes it (kerning
 * included), plus `letterSpacing` (in ems, as MapLibre gives it) between characters.
 */
export function measureText(text: string, face: FontFace, size: number, letterSpacing = 0): number {
  const key = `${face.family}/${face.weight}/${size}/${letterSpacing}/${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const font = fontFor(face);
  const advance = (font.layout(text).advanceWidth / font.unitsPerEm) * size;
  const width = advance + Math.max(text.length - 1, 0) * letterSpacing * size;
  widths.set(key, width);
  return width;
}

/**
 * How far below a line's vertical middle its baseline sits: half the cap height, so capitals
 * and most lower-case letters sit centred on the point a label is aligned to.
 */
export function baselineShift(face: FontFace, size: number): number {
  const font = fontFor(face);
  return (font.capHeight / font.unitsPerEm) * size * 0.5;
}
