import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { FACT_TABLE_NAMES, type FactTableName } from '@/lib/content/facts-schema';
import { loadFacts } from '@/lib/content/load-facts';
import { rewindForD3 } from '@/lib/facts/geo-contains';
import { buildFactCollections } from '@/lib/facts/to-feature-collection';
import { DATASETS, type DatasetId } from '@/lib/map/datasets';
import type { LoadedData } from '@/lib/map/load-dataset';

/**
 * The data a still draws: exactly what the live map loads. Geometry comes from the committed
 * `public/data/*.json`; the fact tables are built here from `content/facts/` with the same
 * code as `npm run data:facts`, so stills never depend on that step having run first.
 */

const FACTS_PREFIX = 'facts/';

function isTableName(name: string): name is FactTableName {
  return FACT_TABLE_NAMES.some((table) => table === name);
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'FeatureCollection' &&
    'features' in value &&
    Array.isArray(value.features)
  );
}

/** d3-geo needs exterior rings clockwise; our files follow RFC 7946 (see `rewindForD3`). */
function forD3(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((feature): Feature => {
      const geometry = feature.geometry;
      if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return feature;
      return { ...feature, geometry: rewindForD3(geometry) };
    }),
  };
}

function readGeometry(root: string, file: string): FeatureCollection {
  const full = path.join(root, 'public', 'data', file);
  const parsed: unknown = JSON.parse(readFileSync(full, 'utf8'));
  if (!isFeatureCollection(parsed)) throw new Error(`public/data/${file}: not a FeatureCollection`);
  return forD3(parsed);
}

/** Every dataset the map knows, keyed as the live map keys them. */
export function loadStillsData(root: string): LoadedData {
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
