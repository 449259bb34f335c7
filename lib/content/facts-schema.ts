import { z } from 'zod';
import { slugSchema, sourceSchema } from './schema';

/**
 * The fact tables' format (`content/facts/<table>.yaml`), as zod schemas. Every row names its
 * sources; types come from the schemas (`z.infer`), so nothing downstream casts parsed data.
 */

/** The tables, in the order the story first needs them; each is `content/facts/<name>.yaml`. */
export const FACT_TABLE_NAMES = [
  'pilot-zones',
  'power-plants',
  'coalfields',
  'data-centres',
  'places',
  'earthquakes',
  'transmission',
  'transport',
] as const;

export type FactTableName = (typeof FACT_TABLE_NAMES)[number];

const longitudeSchema = z
  .number()
  .min(-180, 'longitude must be at least -180')
  .max(180, 'longitude must be at most 180');
const latitudeSchema = z
  .number()
  .min(-90, 'latitude must be at least -90')
  .max(90, 'latitude must be at most 90');

/** [longitude, latitude] in degrees (WGS 84), GeoJSON order. */
export const lonLatSchema = z.tuple([longitudeSchema, latitudeSchema]);

/** How sure we are of a row: its location above all, its figures where it has them. */
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

const sourcesSchema = z.array(sourceSchema).min(1, 'must list at least one source');
const label = z.string().trim().min(2, 'must not be empty').max(120);
const sentence = z.string().trim().min(20, 'must be at least a sentence');
/**
 * The Chinese edition's words for a row (`nameZh`, `noteZh`...): the name Chinese sources give
 * it, never a guessed transliteration; it must hold Chinese characters.
 */
const chinese = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/\p{Script=Han}/u, 'must be in Chinese');
const nameZh = chinese(120);

export const pilotZoneSchema = z
  .strictObject({
    id: slugSchema,
    name: label,
    nameZh,
    /** The city the zone's point stands for. */
    city: label,
    cityZh: chinese(120),
    coordinates: lonLatSchema,
    approved: z.enum(['2016-02-25', '2016-10']),
    wave: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' }),
    kind: z.enum(['first', 'cross-regional', 'regional-demonstration', 'infrastructure']),
    confidence: confidenceSchema,
    sources: sourcesSchema,
  })
  .superRefine((row, context) => {
    // Guizhou alone was approved first (Feb 2016); the other seven came together in Oct 2016.
    const first = row.wave === 1;
    if (first !== (row.approved === '2016-02-25')) {
      context.addIssue({
        code: 'custom',
        path: ['approved'],
        message: `does not match wave ${row.wave}`,
      });
    }
    if (first !== (row.kind === 'first')) {
      context.addIssue({
        code: 'custom',
        path: ['kind'],
        message: `does not match wave ${row.wave}`,
      });
    }
  });

export const powerPlantSchema = z
  .strictObject({
    id: slugSchema,
    name: label,
    nameZh,
    fuel: z.enum(['coal', 'hydro']),
    /** Installed capacity in megawatts. */
    capacityMw: z.number().min(1).max(25000),
    coordinates: lonLatSchema,
    /** The river a hydro station stands on, as the map names it ("Wu", "Beipan"...). */
    river: label.optional(),
    /** Year of commissioning (first unit), where the source gives one. */
    year: z.int().min(1950).max(2035).optional(),
    confidence: confidenceSchema,
    note: sentence.optional(),
    sources: sourcesSchema,
  })
  .superRefine((row, context) => {
    if (row.fuel === 'hydro' && row.river === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['river'],
        message: 'a hydro station must name its river',
      });
    }
    if (row.fuel !== 'hydro' && row.river !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['river'],
        message: 'only hydro stations have a river',
      });
    }
  });

export const coalfieldSchema = z.strictObject({
  id: slugSchema,
  name: label,
  nameZh,
  /** The area's rough centre. */
  coordinates: lonLatSchema,
  /** An approximate radius for drawing the area as a circle; `extentNote` says how it was chosen. */
  radiusKm: z.number().min(1).max(150),
  extentNote: sentence,
  confidence: z.literal('low', {
    error: 'coalfield areas are illustrative: confidence must be low',
  }),
  sources: sourcesSchema,
});

export const dataCentreSchema = z.strictObject({
  id: slugSchema,
  name: label,
  nameZh,
  /** The few words the close-up map writes beside the site. */
  mapLabel: z.string().trim().min(2).max(24),
  mapLabelZh: chinese(24),
  operator: label,
  operatorZh: chinese(120),
  /** What the site does, in a phrase. */
  role: z.string().trim().min(5).max(200),
  roleZh: chinese(200),
  kind: z.enum(['data-centre', 'operator-cluster', 'industrial-park']),
  /** Its key dates as the sources give them ("launched 2 Aug 2017", "built from 2017"...). */
  dates: z.string().trim().min(4).max(80).optional(),
  datesZh: chinese(80).optional(),
  coordinates: lonLatSchema,
  confidence: confidenceSchema,
  /** How the point was located and how far it may be off. */
  confidenceNote: sentence,
  confidenceNoteZh: chinese(400),
  sources: sourcesSchema,
});

export const placeSchema = z.strictObject({
  id: slugSchema,
  name: label,
  nameZh,
  kind: z.enum(['provincial-capital', 'city', 'town', 'new-area']),
  coordinates: lonLatSchema,
  note: sentence.optional(),
  sources: sourcesSchema,
});

export const earthquakeSchema = z.strictObject({
  id: slugSchema,
  name: label,
  nameZh,
  date: z.iso.date({ error: 'must be a date like 2008-05-12' }),
  /** Moment magnitude (Mw) as the USGS gives it. */
  magnitude: z.number().min(0).max(10),
  /** Epicentre. */
  coordinates: lonLatSchema,
  note: sentence.optional(),
  sources: sourcesSchema,
});

export const transmissionSchema = z.strictObject({
  id: slugSchema,
  name: label,
  nameZh,
  from: label,
  to: label,
  /** A schematic path through a few waypoints, not the surveyed route of any line. */
  path: z.array(lonLatSchema).min(2, 'must have at least two points'),
  note: sentence,
  noteZh: chinese(400),
  sources: sourcesSchema,
});

/**
 * Around Gui'an: an airport is a point; a corridor is a schematic line through a few sourced
 * waypoints (towns it is reported to pass), not a surveyed route.
 */
export const transportSchema = z
  .strictObject({
    id: slugSchema,
    name: label,
    nameZh,
    /** The few words the map writes beside it. */
    mapLabel: z.string().trim().min(2).max(40),
    kind: z.enum(['airport', 'corridor']),
    coordinates: lonLatSchema.optional(),
    path: z.array(lonLatSchema).min(2, 'must have at least two points').optional(),
    note: sentence,
    noteZh: chinese(400),
    sources: sourcesSchema,
  })
  .superRefine((row, context) => {
    const isAirport = row.kind === 'airport';
    if (isAirport !== (row.coordinates !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['coordinates'],
        message: 'an airport has coordinates, a corridor has none',
      });
    }
    if (isAirport === (row.path !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['path'],
        message: 'a corridor has a path, an airport has none',
      });
    }
  });

/** A table file: a description for authors and the rows; row ids are unique within a table. */
function tableSchema<Row extends z.ZodType<{ id: string }>>(row: Row) {
  return z
    .strictObject({
      description: sentence,
      rows: z.array(row).min(1, 'must have at least one row'),
    })
    .superRefine((table, context) => {
      const seen = new Set<string>();
      table.rows.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          context.addIssue({
            code: 'custom',
            path: ['rows', index, 'id'],
            message: `"${entry.id}" is used twice`,
          });
        }
        seen.add(entry.id);
      });
    });
}

export const factTableSchemas = {
  'pilot-zones': tableSchema(pilotZoneSchema),
  'power-plants': tableSchema(powerPlantSchema),
  coalfields: tableSchema(coalfieldSchema),
  'data-centres': tableSchema(dataCentreSchema),
  places: tableSchema(placeSchema),
  earthquakes: tableSchema(earthquakeSchema),
  transmission: tableSchema(transmissionSchema),
  transport: tableSchema(transportSchema),
} as const satisfies Record<FactTableName, z.ZodType>;

/** Every table, validated: rows by table name. */
export type FactTables = {
  readonly [Name in FactTableName]: z.infer<(typeof factTableSchemas)[Name]>['rows'];
};
