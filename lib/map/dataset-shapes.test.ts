import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
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

describe('a file whose coordinates are damaged does not fit', () => {
  /** A copy of a real file with one feature's geometry replaced. */
  function withGeometry(id: DatasetId, geometry: unknown): FeatureCollection {
    const collection = read(id);
    const [first, ...rest] = collection.features;
    // Damaged on purpose: the geometry is no GeoJSON geometry, so the types must be told.
    const damaged = { ...first, geometry } as unknown as Feature;
    return { ...collection, features: [damaged, ...rest] };
  }

  it.each([
    ['a point with no coordinates', 'pilotZones', { type: 'Point', coordinates: null }],
    ['a point that is a number', 'pilotZones', { type: 'Point', coordinates: 5 }],
    ['a point missing its latitude', 'powerPlants', { type: 'Point', coordinates: [104] }],
    ['a point of text', 'places', { type: 'Point', coordinates: ['104', '26'] }],
    ['a point with no coordinates member', 'dataCentres', { type: 'Point' }],
    [
      'a line with a broken position',
      'transmission',
      { type: 'LineString', coordinates: [[1, 2], null] },
    ],
    ['an empty line', 'transmission', { type: 'LineString', coordinates: [] }],
    [
      'a polygon one level too shallow',
      'guizhou',
      {
        type: 'Polygon',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
    [
      'a polygon with an infinite vertex',
      'countries',
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [1, 2],
              [Infinity, 4],
              [1, 2],
            ],
          ],
        ],
      },
    ],
  ])('%s', (_, id, geometry) => {
    expect(findMisfit(id as DatasetId, withGeometry(id as DatasetId, geometry))).toBe(
      'feature 0 has the wrong shape',
    );
  });
});
