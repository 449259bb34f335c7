import { geoArea, geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * d3-geo reads polygons on the sphere, so ring order decides which side is inside: it wants
 * exterior rings clockwise. Our GeoJSON follows RFC 7946 (exterior counter-clockwise, the way
 * mapshaper writes it), which d3 reads as "everything but this province". This flips any
 * polygon whose area comes out larger than a hemisphere.
 */
export function rewindForD3(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const fix = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
      ? rings.map((ring) => [...ring].reverse())
      : rings;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  return { ...geometry, coordinates: geometry.coordinates.map(fix) };
}

/**
 * Whether [lon, lat] lies inside a (Multi)Polygon, whatever its ring order. For many points,
 * call `rewindForD3` once and d3's `geoContains` per point instead.
 */
export function polygonContains(
  geometry: Polygon | MultiPolygon,
  point: readonly [number, number],
): boolean {
  return geoContains(rewindForD3(geometry), [point[0], point[1]]);
}
