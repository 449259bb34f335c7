import type { FeatureCollection } from 'geojson';
import * as z from 'zod/mini';

/**
 * What the map reads from each fact table, checked when the file arrives: a file of the wrong
 * shape yields no rows (and a notice) instead of an exception inside a render loop.
 */
const source = z.object({ label: z.string(), url: z.string() });
/** `nameZh` and the other `…Zh` columns: the Chinese edition's words, absent from older files. */
const zh = z.optional(z.string());
const common = { id: z.string(), name: z.string(), nameZh: zh, sources: z.array(source) };

export const pilotZoneRow = z.object({
  ...common,
  city: z.string(),
  cityZh: zh,
  wave: z.number(),
  kind: z.enum(['first', 'cross-regional', 'regional-demonstration', 'infrastructure']),
  approved: z.string(),
});
export const powerPlantRow = z.object({
  ...common,
  fuel: z.enum(['coal', 'hydro']),
  capacityMw: z.number(),
  river: z.optional(z.string()),
  year: z.optional(z.number()),
  confidence: z.string(),
});
export const coalfieldRow = z.object({ ...common, radiusKm: z.number(), confidence: z.string() });
export const dataCentreRow = z.object({
  ...common,
  mapLabel: z.string(),
  mapLabelZh: zh,
  kind: z.string(),
  operator: z.string(),
  operatorZh: zh,
  role: z.string(),
  roleZh: zh,
  confidence: z.string(),
  confidenceNote: z.optional(z.string()),
  confidenceNoteZh: zh,
  dates: z.optional(z.string()),
  datesZh: zh,
});
export const placeRow = z.object({ ...common, kind: z.string() });
export const earthquakeRow = z.object({
  ...common,
  date: z.string(),
  magnitude: z.number(),
});
export const transmissionRow = z.object({
  ...common,
  note: z.optional(z.string()),
  noteZh: zh,
});
export const transportRow = z.object({
  ...common,
  mapLabel: z.string(),
  kind: z.enum(['airport', 'corridor']),
  note: z.string(),
  noteZh: zh,
});
/** A county-level division's label point (`district-labels.json`). */
export const districtRow = z.object({
  id: z.string(),
  name: z.string(),
  nameZh: z.string(),
  kind: z.string(),
  prefecture: z.enum(['guiyang', 'anshun']),
  view: z.enum(['region', 'close']),
});
/** A built-up area around a city (`urban-areas.json`), named for that city. */
export const urbanAreaRow = z.object({
  id: z.string(),
  name: z.string(),
  nameZh: z.string(),
  areaKm2: z.number(),
});

export type PilotZoneRow = z.infer<typeof pilotZoneRow>;
export type PowerPlantRow = z.infer<typeof powerPlantRow>;
export type CoalfieldRow = z.infer<typeof coalfieldRow>;
export type DataCentreRow = z.infer<typeof dataCentreRow>;
export type PlaceRow = z.infer<typeof placeRow>;
export type EarthquakeRow = z.infer<typeof earthquakeRow>;
export type TransmissionRow = z.infer<typeof transmissionRow>;
export type TransportRow = z.infer<typeof transportRow>;
export type DistrictRow = z.infer<typeof districtRow>;
export type UrbanAreaRow = z.infer<typeof urbanAreaRow>;

export type LonLat = [number, number];

/** A point row: its position and its checked properties. */
export interface PointRow<T> {
  readonly position: LonLat;
  readonly row: T;
}

/** A line row: its path and its checked properties. */
export interface PathRow<T> {
  readonly path: readonly LonLat[];
  readonly row: T;
}

function isLonLat(value: unknown): value is LonLat {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}

/**
 * Rows already read, per file and schema, points and lines apart (a file may hold both): the
 * map layers and the details list both read the same files on every scene change, and a
 * file's rows never change once it has arrived.
 */
type RowCache = WeakMap<FeatureCollection, Map<unknown, readonly unknown[]>>;
const readPoints: RowCache = new WeakMap();
const readPaths: RowCache = new WeakMap();

function memoized<T>(
  cache: RowCache,
  collection: FeatureCollection,
  schema: unknown,
  read: () => readonly T[],
): readonly T[] {
  let bySchema = cache.get(collection);
  if (!bySchema) cache.set(collection, (bySchema = new Map()));
  const known = bySchema.get(schema) as readonly T[] | undefined;
  if (known) return known;
  const rows = read();
  bySchema.set(schema, rows);
  return rows;
}

/** The point features whose properties fit `schema`; others are dropped. */
export function toPointRows<T>(
  collection: FeatureCollection | undefined,
  schema: z.ZodMiniType<T>,
): readonly PointRow<T>[] {
  if (!collection) return [];
  return memoized(readPoints, collection, schema, () =>
    collection.features.flatMap((feature) => {
      if (feature.geometry?.type !== 'Point') return [];
      const [lon, lat] = feature.geometry.coordinates;
      const position: unknown = [lon, lat];
      const parsed = schema.safeParse(feature.properties);
      return isLonLat(position) && parsed.success ? [{ position, row: parsed.data }] : [];
    }),
  );
}

/** The line features whose properties fit `schema`; others are dropped. */
export function toPathRows<T>(
  collection: FeatureCollection | undefined,
  schema: z.ZodMiniType<T>,
): readonly PathRow<T>[] {
  if (!collection) return [];
  return memoized(readPaths, collection, schema, () =>
    collection.features.flatMap((feature) => {
      if (feature.geometry?.type !== 'LineString') return [];
      const path: unknown[] = feature.geometry.coordinates.map((point) => [point[0], point[1]]);
      const parsed = schema.safeParse(feature.properties);
      return parsed.success && path.every(isLonLat)
        ? [{ path: path.filter(isLonLat), row: parsed.data }]
        : [];
    }),
  );
}

/** Point rows from west to east, as a new array (read rows are shared and never reordered). */
export function westToEast<T>(rows: readonly PointRow<T>[]): PointRow<T>[] {
  return [...rows].sort((a, b) => a.position[0] - b.position[0]);
}
