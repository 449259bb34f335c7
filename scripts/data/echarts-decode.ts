/**
 * Decoder for the compressed GeoJSON of ECharts 4 map files (`"UTF8Encoding": true`), after
 * `decodePolygon` in echarts/src/coord/geo/parseGeoJson.js (Apache-2.0). Each ring is a string
 * of character pairs; each character minus 64 is a zig-zag encoded delta, accumulated from the
 * ring's `encodeOffsets` start and divided by the scale (1024 unless `UTF8Scale` says otherwise).
 */

export type Position = [number, number];

/** Decodes one ring. `offset` is the ring's [x, y] start from `encodeOffsets`. */
export function decodeRing(
  encoded: string,
  offset: readonly [number, number],
  scale = 1024,
): Position[] {
  if (encoded.length % 2 !== 0) throw new Error('an encoded ring has an odd number of characters');
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    x += zigZag(encoded.charCodeAt(i) - 64);
    y += zigZag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** 0 → 0, 1 → -1, 2 → 1, 3 → -2, 4 → 2 … */
export function zigZag(value: number): number {
  return (value >> 1) ^ -(value & 1);
}

/** An encoded geometry as found in the file: rings are strings, offsets are integer pairs. */
export type EncodedGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };

export type DecodedGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

function offsetAt(
  offsets: readonly [number, number][] | undefined,
  index: number,
): [number, number] {
  const offset = offsets?.[index];
  if (!offset) throw new Error(`encodeOffsets has no entry ${index}`);
  return offset;
}

export function decodeGeometry(geometry: EncodedGeometry, scale = 1024): DecodedGeometry {
  if (geometry.type === 'Polygon') {
    return {
      type: 'Polygon',
      coordinates: geometry.coordinates.map((ring, r) =>
        decodeRing(ring, offsetAt(geometry.encodeOffsets, r), scale),
      ),
    };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon, p) =>
      polygon.map((ring, r) => decodeRing(ring, offsetAt(geometry.encodeOffsets[p], r), scale)),
    ),
  };
}
