import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { z } from 'zod';
import { loadFacts } from '../../lib/content/load-facts';
import { pointToLinesKm, type LonLat } from '../../lib/facts/distance';
import { polygonContains } from '../../lib/facts/geo-contains';
import { DISTRICTS_BBOX } from './districts';
import { writeFeatureCollection, type OutputReport } from './output';
import { ROOT } from './paths';
import { runMapshaper } from './run-mapshaper';

/**
 * Natural Earth 1:50m urban areas (version 4.0.0, public domain), as GeoJSON in the
 * martynafford/natural-earth-geojson repository. No npm or Debian package ships this layer,
 * so the features near Gui'an are kept in this repository verbatim (`URBAN_EXTRACT`); the
 * whole file's git blob id pins which file they came from.
 */
export const URBAN_SOURCE = {
  repository: 'https://github.com/martynafford/natural-earth-geojson',
  commit: '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e',
  path: '50m/cultural/ne_50m_urban_areas.json',
  blob: '29524b2bcff8d45cb5b401bcd6d32803be62e606',
} as const;

/** The source's features that reach into the Gui'an scenes' box, unchanged. */
export const URBAN_EXTRACT = path.join(
  ROOT,
  'scripts/data/natural-earth/ne_50m_urban_areas.central-guizhou.json',
);

/**
 * Where `NATURAL_EARTH_GEOJSON` points, a checkout of the repository above: with it, the build
 * takes the extract anew from the whole file (after checking its blob id) instead of reading it.
 */
const SOURCE_CHECKOUT_ENV = 'NATURAL_EARTH_GEOJSON';

const position = z.tuple([z.number(), z.number()]);
const urbanFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    scalerank: z.number(),
    featurecla: z.literal('Urban area'),
    area_sqkm: z.number().positive(),
    min_zoom: z.number(),
  }),
  geometry: z.object({
    type: z.literal('Polygon'),
    coordinates: z.array(z.array(position).min(4)).min(1),
  }),
});
const urbanCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(urbanFeature),
});
export type UrbanFeature = z.infer<typeof urbanFeature>;

type Bbox = readonly [number, number, number, number];

/** Git's id for a file's bytes: the same id `git hash-object` prints. */
export function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Whether any vertex of a polygon's rings lies in `bbox` ([west, south, east, north]). */
export function reaches(polygon: { coordinates: number[][][] }, bbox: Bbox): boolean {
  const [west, south, east, north] = bbox;
  return polygon.coordinates
    .flat()
    .some(([lon = NaN, lat = NaN]) => lon >= west && lon <= east && lat >= south && lat <= north);
}

/** A city of our places table that an urban area is named by. */
export interface City {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
  readonly coordinates: readonly [number, number];
}

/**
 * How far outside an urban area a city's point may lie and still name it. The 1:50m outlines
 * are drawn a kilometre or two coarse, and our city points are city centres to 0.05°: Guiyang's
 * lies 0.4 km outside its area's generalised western edge.
 */
export const NAMING_REACH_KM = 2;

/** Whether a city's point lies inside the area or within `NAMING_REACH_KM` of its edge. */
function names(geometry: Polygon, point: LonLat): boolean {
  const rings = geometry.coordinates.map((ring) =>
    ring.map(([lon = NaN, lat = NaN]) => [lon, lat] as const),
  );
  return polygonContains(geometry, point) || pointToLinesKm(point, rings) <= NAMING_REACH_KM;
}

/**
 * Natural Earth's urban areas carry no names: each is named for the one city of
 * `content/facts/places.yaml` whose point lies in it or at its edge. An area by no city, or by
 * two, stops the build: it would be named by guesswork.
 */
export function nameUrbanAreas(features: readonly UrbanFeature[], cities: readonly City[]) {
  return features.map((feature) => {
    const geometry: Polygon = feature.geometry;
    const near = cities.filter((city) => names(geometry, city.coordinates));
    const [city, ...others] = near;
    if (!city || others.length > 0) {
      throw new Error(
        `urban area of ${feature.properties.area_sqkm} km² is by ${near.length} cities of places.yaml`,
      );
    }
    return {
      type: 'Feature' as const,
      properties: {
        id: `${city.id}-urban`,
        name: city.name,
        nameZh: city.nameZh,
        areaKm2: Math.round(feature.properties.area_sqkm),
      },
      geometry,
    };
  });
}

/** The extract: read from this repository, or taken anew from a checkout of the source. */
function readExtract(): UrbanFeature[] {
  const checkout = process.env[SOURCE_CHECKOUT_ENV];
  if (checkout) {
    const file = path.join(checkout, URBAN_SOURCE.path);
    if (!existsSync(file)) throw new Error(`${SOURCE_CHECKOUT_ENV}: no ${file}`);
    const bytes = readFileSync(file);
    const id = gitBlobId(bytes);
    if (id !== URBAN_SOURCE.blob) {
      throw new Error(`${file} is blob ${id}, not ${URBAN_SOURCE.blob} (another version?)`);
    }
    const all = z
      .object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) })
      .parse(JSON.parse(bytes.toString('utf8')));
    // Only polygons are parsed strictly: some of the file's other features are multipolygons.
    const near = all.features
      .map((feature) => urbanFeature.safeParse(feature))
      .flatMap((result) => (result.success ? [result.data] : []))
      .filter((feature) => reaches(feature.geometry, DISTRICTS_BBOX));
    writeFileSync(
      URBAN_EXTRACT,
      `${JSON.stringify({ type: 'FeatureCollection', features: near })}\n`,
    );
    return near;
  }
  return urbanCollection.parse(JSON.parse(readFileSync(URBAN_EXTRACT, 'utf8'))).features;
}

/** The story's cities: the provincial capital and the prefecture seats. */
function cities(): City[] {
  return loadFacts(ROOT)
    .places.filter((row) => row.kind === 'provincial-capital' || row.kind === 'city')
    .map((row) => ({
      id: row.id,
      name: row.name,
      nameZh: row.nameZh,
      coordinates: row.coordinates,
    }));
}

/**
 * The built-up areas around Gui'an, named by the cities inside them, clipped to the Gui'an
 * scenes' box. Natural Earth's 1:50m outlines are already coarse (a few dozen vertices), so
 * they are not simplified further.
 */
export async function buildUrbanAreas(): Promise<OutputReport> {
  const named = nameUrbanAreas(readExtract(), cities());
  const input: FeatureCollection = { type: 'FeatureCollection', features: named as Feature[] };
  const clipped = await runMapshaper(
    JSON.stringify(input),
    `-clip bbox=${DISTRICTS_BBOX.join(',')}`,
    0.001,
  );
  return writeFeatureCollection('urban-areas.json', clipped);
}
