import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { decodeTerrarium } from '../data/terrarium';
import { TERRAIN_MAX_ZOOM } from '@/lib/map/datasets';
import { ELEVATION_RAMP, toRgba } from '@/lib/map/palette';

/**
 * Heights and colours for the plateau: read from the same Terrarium tiles the live map's
 * `raster-dem` source reads (`public/data/terrain`), coloured with the same ramp.
 */

const TILE_PX = 256;

type Rgba = readonly [number, number, number, number];

/** `#rrggbb` or `rgba(r, g, b, a)`, the two forms the ramp uses, as 0-255 channels. */
export function parseColour(colour: string): Rgba {
  const match = /^rgba\(\s*(\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\s*\)$/.exec(colour);
  if (match) {
    return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4]) * 255];
  }
  if (/^#[0-9a-f]{6}$/i.test(colour)) return toRgba(colour);
  throw new Error(`Unknown colour ${colour}`);
}

const RAMP = ELEVATION_RAMP.map(([metres, colour]) => [metres, parseColour(colour)] as const);

/** The ramp's colour at a height, interpolated linearly between stops like MapLibre's. */
export function elevationColour(metres: number): Rgba {
  const first = RAMP[0];
  const last = RAMP[RAMP.length - 1];
  if (!first || !last) throw new Error('ELEVATION_RAMP is empty');
  if (metres <= first[0]) return first[1];
  if (metres >= last[0]) return last[1];
  const upper = RAMP.findIndex(([stop]) => stop >= metres);
  const [m1, c1] = RAMP[upper] ?? last;
  const [m0, c0] = RAMP[upper - 1] ?? first;
  const t = (metres - m0) / (m1 - m0);
  const mix = (i: 0 | 1 | 2 | 3) => c0[i] + (c1[i] - c0[i]) * t;
  return [mix(0), mix(1), mix(2), mix(3)];
}

/**
 * The tint as bands between the ramp's stops, each in the ramp's colour at its middle: flat
 * areas stay crisp and small in a palette PNG, where a smooth gradient would not, and the band
 * edges read as contour lines. Below the first land stop the ramp is followed as it is, so
 * the sea (0 m) stays clear.
 */
export function bandColour(metres: number): Rgba {
  const stops = RAMP.map(([stop]) => stop).slice(1);
  const upper = stops.findIndex((stop) => stop > metres);
  if (upper === 0) return elevationColour(metres);
  const lower = stops[upper - 1] ?? stops[stops.length - 1] ?? 0;
  const top = upper === -1 ? lower : (stops[upper] ?? lower);
  return elevationColour((lower + top) / 2);
}

/** Heights from the terrain tiles at their finest zoom; a missing tile reads as sea (0 m). */
export class TerrainSampler {
  private readonly tiles = new Map<string, PNG | null>();
  private readonly dir: string;
  readonly zoom = TERRAIN_MAX_ZOOM;

  constructor(root: string) {
    this.dir = path.join(root, 'public', 'data', 'terrain');
  }

  private tile(x: number, y: number): PNG | null {
    const key = `${x}/${y}`;
    const cached = this.tiles.get(key);
    if (cached !== undefined) return cached;
    const file = path.join(this.dir, String(this.zoom), String(x), `${y}.png`);
    const png = existsSync(file) ? PNG.sync.read(readFileSync(file)) : null;
    this.tiles.set(key, png);
    return png;
  }

  /** The height at one pixel of the tile pyramid's finest zoom (integer pixel indices). */
  private pixel(px: number, py: number): number {
    const png = this.tile(Math.floor(px / TILE_PX), Math.floor(py / TILE_PX));
    if (!png) return 0;
    const i = ((py % TILE_PX) * TILE_PX + (px % TILE_PX)) * 4;
    return decodeTerrarium(png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0);
  }

  /** Bilinear height at [lon, lat], between the centres of the four nearest pixels. */
  heightAt(lon: number, lat: number): number {
    const world = TILE_PX * 2 ** this.zoom;
    const phi = (lat * Math.PI) / 180;
    const fx = ((lon + 180) / 360) * world - 0.5;
    const fy = ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * world - 0.5;
    const x0 = Math.floor(fx);
    const y0 = Math.floor(fy);
    const tx = fx - x0;
    const ty = fy - y0;
    const top = this.pixel(x0, y0) * (1 - tx) + this.pixel(x0 + 1, y0) * tx;
    const bottom = this.pixel(x0, y0 + 1) * (1 - tx) + this.pixel(x0 + 1, y0 + 1) * tx;
    return top * (1 - ty) + bottom * ty;
  }
}
