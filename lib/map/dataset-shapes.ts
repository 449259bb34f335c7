import type { Feature, FeatureCollection } from 'geojson';
import * as z from 'zod/mini';
import type { DatasetId } from './datasets';
import { ROW_SCHEMAS } from './rows';

type GeometryType = NonNullable<Feature['geometry']>['type'];

interface Shape {
  readonly geometry: readonly GeometryType[];
  readonly properties?: z.ZodMiniType;
}

const AREAS: readonly GeometryType[] = ['Polygon', 'MultiPolygon'];
const named = z.object({ name: z.string() });

/** What each data file must hold; a file of another shape is treated as missing. */
export const DATASET_SHAPES: Readonly<Record<DatasetId, Shape>> = {
  countries: { geometry: AREAS, properties: named },
  provinces: { geometry: AREAS, properties: z.object({ id: z.string(), name: z.string() }) },
  guizhou: { geometry: AREAS },
  prefectures: {
    geometry: AREAS,
    properties: z.object({ id: z.string(), autonomous: z.boolean() }),
  },
  prefectureLabels: { geometry: ['Point'], properties: z.object({ label: z.string() }) },
  districtLines: {
    geometry: ['LineString', 'MultiLineString'],
    properties: z.object({ outer: z.boolean() }),
  },
  districtLabels: { geometry: ['Point'], properties: ROW_SCHEMAS.districtLabels },
  rivers: { geometry: ['LineString', 'MultiLineString'] },
  urbanAreas: { geometry: AREAS, properties: ROW_SCHEMAS.urbanAreas },
  places: { geometry: ['Point'], properties: ROW_SCHEMAS.places },
  pilotZones: { geometry: ['Point'], properties: ROW_SCHEMAS.pilotZones },
  powerPlants: { geometry: ['Point'], properties: ROW_SCHEMAS.powerPlants },
  coalfields: { geometry: ['Point'], properties: ROW_SCHEMAS.coalfields },
  dataCentres: { geometry: ['Point'], properties: ROW_SCHEMAS.dataCentres },
  earthquakes: { geometry: ['Point'], properties: ROW_SCHEMAS.earthquakes },
  transmission: { geometry: ['LineString'], properties: ROW_SCHEMAS.transmission },
  transport: { geometry: ['Point', 'LineString'], properties: ROW_SCHEMAS.transport },
};

/** How deep each geometry nests its positions: a Point is one, a LineString a list of them. */
const POSITION_DEPTH: Readonly<Record<GeometryType, number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
  GeometryCollection: -1,
};

const isPosition = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length >= 2 &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]);

/** Whether `value` is a non-empty list nested `depth` deep, with a finite position at the bottom. */
function hasPositions(value: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(value);
  if (!Array.isArray(value) || value.length === 0) return false;
  for (const item of value) if (!hasPositions(item, depth - 1)) return false;
  return true;
}

/** Whether a geometry's coordinates are what its type says, all the way down. */
function hasValidCoordinates(geometry: NonNullable<Feature['geometry']>): boolean {
  const depth = POSITION_DEPTH[geometry.type];
  return depth >= 0 && 'coordinates' in geometry && hasPositions(geometry.coordinates, depth);
}

/** The first feature that does not fit the file's shape, as "feature 3", or null if all fit. */
export function findMisfit(id: DatasetId, collection: FeatureCollection): string | null {
  const shape = DATASET_SHAPES[id];
  if (collection.features.length === 0) return 'no features';
  const index = collection.features.findIndex(
    (feature) =>
      !feature.geometry ||
      !shape.geometry.includes(feature.geometry.type) ||
      !hasValidCoordinates(feature.geometry) ||
      (shape.properties !== undefined && !shape.properties.safeParse(feature.properties).success),
  );
  return index === -1 ? null : `feature ${index} has the wrong shape`;
}
