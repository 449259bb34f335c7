import { readFileSync } from 'node:fs';
import { NetCDFReader } from 'netcdfjs';

/**
 * ETOPO5 (NOAA, public domain): 5-arc-minute relief, 4320 x 2161 float32 values of `ROSE`
 * (metres), longitudes 0..360 east, latitudes -90..90 south to north, x varying fastest.
 */
export interface ReliefGrid {
  readonly width: number;
  readonly height: number;
  readonly lon0: number;
  readonly lat0: number;
  /** Degrees between columns and between rows ("point_spacing=even" in the file). */
  readonly dLon: number;
  readonly dLat: number;
  readonly values: ArrayLike<number>;
}

function numbers(value: unknown, name: string): number[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'number')) {
    throw new Error(`etopo5.cdf: ${name} is not a numeric array`);
  }
  return value;
}

export function readEtopo5(file: string): ReliefGrid {
  const reader = new NetCDFReader(readFileSync(file));
  const xs = numbers(reader.getDataVariable('ETOPO05_X'), 'ETOPO05_X');
  const ys = numbers(reader.getDataVariable('ETOPO05_Y'), 'ETOPO05_Y');
  const values = numbers(reader.getDataVariable('ROSE'), 'ROSE');
  const [lon0, lat0] = [xs[0] ?? 0, ys[0] ?? 0];
  if (values.length !== xs.length * ys.length) throw new Error('etopo5.cdf: ROSE is not X by Y');
  return {
    width: xs.length,
    height: ys.length,
    lon0,
    lat0,
    dLon: ((xs.at(-1) ?? 0) - lon0) / (xs.length - 1),
    dLat: ((ys.at(-1) ?? 0) - lat0) / (ys.length - 1),
    values,
  };
}

/** The value at grid cell (column, row), wrapping columns around the globe. */
export function cell(grid: ReliefGrid, column: number, row: number): number {
  const c = ((column % grid.width) + grid.width) % grid.width;
  const r = Math.min(grid.height - 1, Math.max(0, row));
  return grid.values[r * grid.width + c] ?? 0;
}

/** Bilinear interpolation at a longitude (-180..360) and latitude. */
export function sampleRelief(grid: ReliefGrid, lon: number, lat: number): number {
  const fx = ((((lon % 360) + 360) % 360) - grid.lon0) / grid.dLon;
  const fy = (lat - grid.lat0) / grid.dLat;
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const tx = fx - x0;
  const ty = fy - y0;
  const top = cell(grid, x0, y0) * (1 - tx) + cell(grid, x0 + 1, y0) * tx;
  const bottom = cell(grid, x0, y0 + 1) * (1 - tx) + cell(grid, x0 + 1, y0 + 1) * tx;
  return top * (1 - ty) + bottom * ty;
}
