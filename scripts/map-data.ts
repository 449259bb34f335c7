import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { FACT_TABLE_NAMES, type FactTableName } from '@/lib/content/facts-schema';
import { loadFacts } from '@/lib/content/load-facts';
import { buildFactCollections } from '@/lib/facts/to-feature-collection';
import { DATASETS, type DatasetId } from '@/lib/map/datasets';
import { isFeatureCollection, type LoadedData } from '@/lib/map/load-dataset';

/**
 * Every dataset the map knows, keyed as the live map keys them, for build steps (stills,
 * downloads). Geometry comes from the committed `public/data/*.json`; the fact tables are
 * built here from `content/facts/` with the same code as `npm run data:facts`, so no build
 * step depends on that one having run first. RFC 7946 ring order, as in the files.
 */

const FACTS_PREFIX = 'facts/';

function isTableName(name: string): name is FactTableName {
  return FACT_TABLE_NAMES.some((table) => table === name);
}

function readGeometry(root: string, file: string): FeatureCollection {
  const full = path.join(root, 'public', 'data', file);
  const parsed: unknown = JSON.parse(readFileSync(full, 'utf8'));
  if (!isFeatureCollection(parsed)) throw new Error(`public/data/${file}: not a FeatureCollection`);
  return parsed;
}

export function loadMapData(root: string): LoadedData {
  const facts = buildFactCollections(loadFacts(root));
  const data = new Map<DatasetId, FeatureCollection>();
  for (const [id, file] of Object.entries(DATASETS) as [DatasetId, string][]) {
    const table = file.startsWith(FACTS_PREFIX)
      ? file.slice(FACTS_PREFIX.length).replace(/\.json$/, '')
      : undefined;
    if (table === undefined) data.set(id, readGeometry(root, file));
    else if (isTableName(table)) data.set(id, facts[table]);
    else throw new Error(`${file}: no fact table named ${table}`);
  }
  return data;
}
