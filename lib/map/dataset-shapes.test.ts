import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '@/lib/content/load-facts';
import { buildFactCollections } from '@/lib/facts/to-feature-collection';
import { DATASET_IDS, DATASETS, type DatasetId } from './datasets';
import { findMisfit } from './dataset-shapes';
import { isFeatureCollection } from './load-dataset';

/** Fact tables as the build writes them (public/data/facts is generated, not committed). */
const facts = buildFactCollections(loadFacts());

function read(id: DatasetId): FeatureCollection {
  const file = DATASETS[id];
  if (file.startsWith('facts/')) {
    const table = file.slice('facts/'.length, -'.json'.length);
    const collection = Object.entries(facts).find(([name]) => name === table)?.[1];
    if (!collection) throw new Error(`no fact table ${table}`);
    return collection;
  }
  const parsed: unknown = JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
  if (!isFeatureCollection(parsed)) throw new Error(`${file} is not a FeatureCollection`);
  return parsed;
}

describe('every data file the map reads has the shape the map expects', () => {
  it.each(DATASET_IDS)('%s', (id) => {
    expect(findMisfit(id, read(id))).toBeNull();
  });
});
