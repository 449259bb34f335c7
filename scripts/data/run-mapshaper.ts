import type { FeatureCollection } from 'geojson';
import { isFeatureCollection } from './geojson-guard';

/**
 * Runs mapshaper (clipping, dissolving, simplification, coordinate rounding) on one in-memory
 * input file `in.json` and returns the GeoJSON it wrote as `out.json`. `commands` go between
 * the input and the output; `precision` rounds coordinates (e.g. 0.001 = about 100 m).
 * Features left without geometry are dropped.
 */
export async function runMapshaper(
  input: string,
  commands: string,
  precision: number,
): Promise<FeatureCollection> {
  const mapshaper = await loadMapshaper();
  const output = await mapshaper.applyCommands(
    `-i in.json ${commands} -o out.json format=geojson geojson-type=FeatureCollection precision=${precision}`,
    { 'in.json': input },
  );
  const text = output['out.json'];
  if (text === undefined) throw new Error(`mapshaper wrote no out.json for: ${commands}`);
  const data: unknown = JSON.parse(text.toString());
  if (!isFeatureCollection(data)) throw new Error(`mapshaper output is not a FeatureCollection`);
  // A line shorter than the rounding step collapses at output and is written with a null
  // geometry (after `-filter remove-empty` has run): drop those.
  return { ...data, features: data.features.filter((feature) => feature.geometry !== null) };
}

/**
 * mapshaper lives in the data build's own package (scripts/data/package.json), which
 * `npm run data` installs: the app's install stays free of its native add-on. Loaded on first
 * use, so the data build's pure helpers stay testable without it.
 */
async function loadMapshaper() {
  try {
    return (await import('mapshaper')).default;
  } catch (error) {
    throw new Error(
      "mapshaper is not installed: run `npm run data`, which installs the data build's " +
        'packages (scripts/data/package.json) before it runs',
      { cause: error },
    );
  }
}
