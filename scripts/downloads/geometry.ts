import { geoCentroid } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { rewindForD3 } from '@/lib/facts/geo-contains';
import type { LonLat } from './data-feature';

/** Coordinates in the CSV: 0.001° is about 100 m, finer than any of the map's sources. */
export function roundLonLat([lon, lat]: readonly number[]): LonLat {
  return [Math.round((lon ?? 0) * 1000) / 1000, Math.round((lat ?? 0) * 1000) / 1000];
}

/**
 * An area's centre of mass on the sphere: a fair single position for a province in a
 * spreadsheet (for a crescent-shaped one it can fall just outside; the GeoJSON has the shape).
 */
export function centroidOf(geometry: Polygon | MultiPolygon): LonLat {
  return roundLonLat(geoCentroid(rewindForD3(geometry)));
}

/** The middle vertex of a line: a point on it, which a line's centroid need not be. */
export function middleOf(path: readonly (readonly number[])[]): LonLat | null {
  const middle = path[Math.floor(path.length / 2)];
  return middle ? roundLonLat(middle) : null;
}
