import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { FactTableName, FactTables } from '@/lib/content/facts-schema';

type LonLat = readonly [number, number];

/** Row fields but the geometry, which the feature's geometry carries. */
export type PointProperties<Row> = Omit<Row, 'coordinates'>;
export type LineProperties<Row> = Omit<Row, 'path'>;

/**
 * Rows as features whose geometry is built from the row's `key` field. Each feature has the
 * row's `id` at top level (deck.gl and MapLibre pick by it) and every other field, sources
 * included, in `properties`, so details on demand need nothing else.
 */
function toCollection<Row extends { id: string }, Key extends keyof Row, G extends Geometry>(
  rows: readonly Row[],
  key: Key,
  toGeometry: (value: Row[Key]) => G,
): FeatureCollection<G, Omit<Row, Key>> {
  return {
    type: 'FeatureCollection',
    features: rows.map((row): Feature<G, Omit<Row, Key>> => {
      const { [key]: value, ...properties } = row;
      return { type: 'Feature', id: row.id, geometry: toGeometry(value), properties };
    }),
  };
}

/** A table of rows with `coordinates` as Point features. */
export function toPointCollection<Row extends { id: string; coordinates: LonLat }>(
  rows: readonly Row[],
): FeatureCollection<Point, PointProperties<Row>> {
  return toCollection(rows, 'coordinates', ([lon, lat]): Point => ({
    type: 'Point',
    coordinates: [lon, lat],
  }));
}

/** A table of rows with a `path` as LineString features. */
export function toLineCollection<Row extends { id: string; path: readonly LonLat[] }>(
  rows: readonly Row[],
): FeatureCollection<LineString, LineProperties<Row>> {
  return toCollection(rows, 'path', (path): LineString => ({
    type: 'LineString',
    coordinates: path.map(([lon, lat]) => [lon, lat]),
  }));
}

/**
 * A table whose rows have either `coordinates` or a `path`: Points and LineStrings in one
 * collection, in row order, each built as the single-geometry tables build theirs.
 */
export function toMixedCollection<
  Row extends { id: string; coordinates?: LonLat; path?: readonly LonLat[] },
>(rows: readonly Row[]): FeatureCollection {
  const features = rows.flatMap((row): Feature[] => {
    const { coordinates, path } = row;
    if (coordinates) return toPointCollection([{ ...row, coordinates }]).features;
    if (path) return toLineCollection([{ ...row, path }]).features;
    return [];
  });
  return { type: 'FeatureCollection', features };
}

/** Every fact table as the FeatureCollection the map loads from `/data/facts/<table>.json`. */
export function buildFactCollections(facts: FactTables): Record<FactTableName, FeatureCollection> {
  return {
    'pilot-zones': toPointCollection(facts['pilot-zones']),
    'power-plants': toPointCollection(facts['power-plants']),
    coalfields: toPointCollection(facts.coalfields),
    'data-centres': toPointCollection(facts['data-centres']),
    places: toPointCollection(facts.places),
    earthquakes: toPointCollection(facts.earthquakes),
    transmission: toLineCollection(facts.transmission),
    transport: toMixedCollection(facts.transport),
  };
}
