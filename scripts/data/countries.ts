import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeFeatureCollection, type OutputReport } from './output';
import { runMapshaper } from './run-mapshaper';

/**
 * The story's region, [west, south, east, north]: it reaches past the edges of the widest view
 * of China (zoom 2.9 on a 1280x800 page, or presentation mode, shows land to about 60° N and
 * the equator), so no coastline or border ends in a straight line at the map's edge. Clipping
 * to it also removes every ring that crosses the 180th meridian (Russia, Fiji), which would
 * otherwise draw a band across the map.
 */
export const COUNTRIES_BBOX = [55, -4, 160, 68] as const;

/**
 * Visvalingam tolerance in metres. At zoom 2.8 a pixel is about 20 km, and at zoom 6 (the
 * closest a neighbour country is seen behind the provinces) about 2.4 km: 4 km keeps the
 * coastlines' shape at both and halves the bytes of the unsimplified 1:50m data.
 */
const SIMPLIFY_INTERVAL_M = 4000;

/** Natural Earth 1:50m countries (npm world-atlas, public domain), clipped and simplified. */
export async function buildCountries(): Promise<OutputReport> {
  const require = createRequire(import.meta.url);
  const topology = readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8');
  const collection = await runMapshaper(
    topology,
    [
      '-target countries',
      `-clip bbox=${COUNTRIES_BBOX.join(',')}`,
      '-filter-fields name',
      `-simplify interval=${SIMPLIFY_INTERVAL_M} keep-shapes`,
      '-sort name',
    ].join(' '),
    0.01,
  );
  return writeFeatureCollection('countries.json', collection);
}
