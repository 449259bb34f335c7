/**
 * Web Mercator as MapLibre draws it: x and y from 0 to 1 across the world, y downwards, and a
 * world 512 px wide at zoom 0.
 */

/** MapLibre's world is 512 px wide at zoom 0. */
export const WORLD_PX = 512;

export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
}

/** A point's place in screen pixels of the whole world at `zoom`. */
export function worldPixels([lon, lat]: readonly [number, number], zoom: number): [number, number] {
  const world = WORLD_PX * 2 ** zoom;
  return [mercatorX(lon) * world, mercatorY(lat) * world];
}
