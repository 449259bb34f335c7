/**
 * Web-mercator tile arithmetic and the Terrarium elevation encoding MapLibre's `raster-dem`
 * source reads (`"encoding": "terrarium"`): height = R * 256 + G + B / 256 - 32768 metres.
 */

export type Bbox = readonly [west: number, south: number, east: number, north: number];

/**
 * Encodes a height in metres, rounded to a multiple of `step` metres (B, the fraction, is 0:
 * fewer distinct values compress far better in PNG).
 */
export function encodeTerrarium(metres: number, step = 1): [number, number, number] {
  const value = Math.min(65535, Math.max(0, Math.round(metres / step) * step + 32768));
  return [Math.floor(value / 256), value % 256, 0];
}

export function decodeTerrarium(r: number, g: number, b: number): number {
  return r * 256 + g + b / 256 - 32768;
}

/** The XYZ tile column holding a longitude at zoom z. */
export function lonToTileX(lon: number, z: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}

/** The XYZ tile row (0 at the north) holding a latitude at zoom z. */
export function latToTileY(lat: number, z: number): number {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
}

/** Every [x, y] tile at zoom z that touches the bbox. */
export function tilesCovering(bbox: Bbox, z: number): [number, number][] {
  const [west, south, east, north] = bbox;
  const tiles: [number, number][] = [];
  for (let x = lonToTileX(west, z); x <= lonToTileX(east, z); x++) {
    for (let y = latToTileY(north, z); y <= latToTileY(south, z); y++) tiles.push([x, y]);
  }
  return tiles;
}

/** [lon, lat] of a pixel's centre in a `size`-pixel tile. */
export function pixelToLonLat(
  z: number,
  x: number,
  y: number,
  px: number,
  py: number,
  size = 256,
): [number, number] {
  const world = size * 2 ** z;
  const lon = ((x * size + px + 0.5) / world) * 360 - 180;
  const n = Math.PI * (1 - (2 * (y * size + py + 0.5)) / world);
  return [lon, (Math.atan(Math.sinh(n)) * 180) / Math.PI];
}
