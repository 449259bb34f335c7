import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { ELEVATION_RAMP, toRgba } from '../../lib/map/palette';
import { listDataDir } from './budget';
import { writeBytes, type OutputReport } from './output';
import { OUT_DIR } from './paths';
import { decodeTerrarium } from './terrarium';

type Rgba = readonly [number, number, number, number];

/** A ramp colour, `#rrggbb` or `rgba(r, g, b, a)`, as 0-255 channels. */
export function parseRampColour(css: string): Rgba {
  if (/^#[0-9a-f]{6}$/i.test(css)) return toRgba(css);
  const match = /^rgba\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)\s*\)$/.exec(css);
  if (!match) throw new Error(`relief: the elevation ramp has a colour it cannot read: ${css}`);
  const [r, g, b, a] = match.slice(1).map(Number) as [number, number, number, number];
  return [r, g, b, Math.round(a * 255)];
}

const STOPS = ELEVATION_RAMP.map(([metres, css]) => [metres, parseRampColour(css)] as const);

/**
 * The tint of a height: the ramp's colours interpolated linearly, channel by channel, as
 * MapLibre's `interpolate` would; below the first stop and above the last, their colours.
 */
export function reliefColour(metres: number): Rgba {
  const first = STOPS[0];
  if (!first || metres <= first[0]) return first ? first[1] : [0, 0, 0, 0];
  for (let index = 1; index < STOPS.length; index++) {
    const [upper, to] = STOPS[index] ?? first;
    if (metres > upper) continue;
    const [lower, from] = STOPS[index - 1] ?? first;
    const t = (metres - lower) / (upper - lower);
    return from.map((channel, k) => Math.round(channel + ((to[k] ?? channel) - channel) * t)) as [
      number,
      number,
      number,
      number,
    ];
  }
  return (STOPS[STOPS.length - 1] ?? first)[1];
}

/**
 * WebP at quality 90: the tint is smooth, and the 14 tiles take 61 KiB this way against 294 KiB
 * as 256-colour PNGs (no difference to see at the tint's 0.9 opacity).
 */
const WEBP = { quality: 90, alphaQuality: 100, effort: 6 } as const;

/** An elevation tile (Terrarium PNG) tinted by height: its size, and RGBA pixels. */
export function tintPixels(terrarium: Buffer): { width: number; height: number; pixels: Buffer } {
  const heights = PNG.sync.read(terrarium);
  const pixels = Buffer.alloc(heights.width * heights.height * 4);
  for (let o = 0; o < pixels.length; o += 4) {
    const metres = decodeTerrarium(
      heights.data[o] ?? 0,
      heights.data[o + 1] ?? 0,
      heights.data[o + 2] ?? 0,
    );
    pixels.set(reliefColour(metres), o);
  }
  return { width: heights.width, height: heights.height, pixels };
}

async function tintTile(terrarium: Buffer): Promise<Buffer> {
  const { width, height, pixels } = tintPixels(terrarium);
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .webp(WEBP)
    .toBuffer();
}

/**
 * `relief/{z}/{x}/{y}.webp`: each elevation tile (`terrain.ts`) tinted by height, the plateau's
 * tint ready to draw. MapLibre's colour relief did the same on the GPU, but compiling its shader
 * took this software GPU 150 to 300 ms on the first screen; a plain raster layer's takes little.
 */
export async function buildRelief(): Promise<OutputReport[]> {
  rmSync(path.join(OUT_DIR, 'relief'), { recursive: true, force: true });
  const tiles = listDataDir(path.join(OUT_DIR, 'terrain')).filter((file) => file.endsWith('.png'));
  if (tiles.length === 0) throw new Error('relief: the terrain tiles must be built first');
  const reports: OutputReport[] = [];
  for (const tile of tiles) {
    const terrarium = readFileSync(path.join(OUT_DIR, 'terrain', tile));
    const webp = tile.replace(/\.png$/, '.webp');
    reports.push(writeBytes(`relief/${webp}`, await tintTile(terrarium), 1));
  }
  return reports;
}
