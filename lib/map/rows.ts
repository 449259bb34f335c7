import type { FeatureCollection, Geometry } from 'geojson';
import * as z from 'zod/mini';
import type { DatasetId } from './datasets';
import type { LoadedData } from './load-dataset';

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
export type DataCentreRow = z.infer<typeof dataCentreRow>;
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

/** A point feature's position, or null if it is not a point with a valid position. */
function locatePoint(geometry: Geometry | null): { readonly position: LonLat } | null {
  if (geometry?.type !== 'Point') return null;
  const position: unknown = [geometry.coordinates[0], geometry.coordinates[1]];
  return isLonLat(position) ? { position } : null;
}

/** A line feature's path, or null if it is not a line with valid positions throughout. */
function locatePath(geometry: Geometry | null): { readonly path: readonly LonLat[] } | null {
  if (geometry?.type !== 'LineString') return null;
  const path: unknown[] = geometry.coordinates.map((point) => [point[0], point[1]]);
  return path.every(isLonLat) ? { path: path.filter(isLonLat) } : null;
}

/**
 * A reader of the features that `locate` places (a point, a line) and whose properties fit a
 * schema, each with its checked row; others are dropped.
 */
function rowReader<Place extends object>(locate: (geometry: Geometry | null) => Place | null) {
  // Rows already read, per file and schema, one cache a reader (a file may hold points and
  // lines): the map layers and the details list both read the same files on every scene
  // change, and a file's rows never change once it has arrived.
  const cache = new WeakMap<FeatureCollection, Map<unknown, readonly unknown[]>>();
  return <T>(
    collection: FeatureCollection | undefined,
    schema: z.ZodMiniType<T>,
  ): readonly (Place & { readonly row: T })[] => {
    if (!collection) return [];
    let bySchema = cache.get(collection);
    if (!bySchema) cache.set(collection, (bySchema = new Map()));
    const known = bySchema.get(schema) as readonly (Place & { readonly row: T })[] | undefined;
    if (known) return known;
    const rows = collection.features.flatMap((feature) => {
      const place = locate(feature.geometry);
      const parsed = place ? schema.safeParse(feature.properties) : undefined;
      return place && parsed?.success ? [{ ...place, row: parsed.data }] : [];
    });
    bySchema.set(schema, rows);
    return rows;
  };
}

/** The point features whose properties fit `schema`; others are dropped. */
export const toPointRows = rowReader(locatePoint);
/** The line features whose properties fit `schema`; others are dropped. */
export const toPathRows = rowReader(locatePath);

const SCHEMAS = {
  places: placeRow,
  pilotZones: pilotZoneRow,
  powerPlants: powerPlantRow,
  coalfields: coalfieldRow,
  dataCentres: dataCentreRow,
  earthquakes: earthquakeRow,
  transmission: transmissionRow,
  transport: transportRow,
  districtLabels: districtRow,
  urbanAreas: urbanAreaRow,
} as const satisfies Partial<Record<DatasetId, z.ZodMiniType>>;

/** A dataset whose features the map reads as rows. */
export type RowDatasetId = keyof typeof SCHEMAS;
/** The checked properties of one of `id`'s features. */
export type RowOf<Id extends RowDatasetId> = z.infer<(typeof SCHEMAS)[Id]>;

/** Each fact file's row schema, by dataset (typed so that `ROW_SCHEMAS[id]` keeps its row type). */
export const ROW_SCHEMAS: { readonly [Id in RowDatasetId]: z.ZodMiniType<RowOf<Id>> } = SCHEMAS;

/** The point rows of a loaded fact file (none while it is loading or if it is malformed). */
export const pointRowsOf = <Id extends RowDatasetId>(data: LoadedData, id: Id) =>
  toPointRows(data.get(id), ROW_SCHEMAS[id]);
/** The line rows of a loaded fact file (none while it is loading or if it is malformed). */
export const pathRowsOf = <Id extends RowDatasetId>(data: LoadedData, id: Id) =>
  toPathRows(data.get(id), ROW_SCHEMAS[id]);

/** Point rows from west to east, as a new array (read rows are shared and never reordered). */
export function westToEast<T>(rows: readonly PointRow<T>[]): PointRow<T>[] {
  return [...rows].sort((a, b) => a.position[0] - b.position[0]);
}
