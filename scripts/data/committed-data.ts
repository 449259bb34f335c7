/**
 * The committed map data in public/data as the output tests read it, and the fact tables they
 * check it against, rebuilt from content/ (their JSON is git-ignored, made by `npm run build`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { loadFacts } from '../../lib/content/load-facts';
import type { LonLat } from '../../lib/facts/distance';
import { buildFactCollections } from '../../lib/facts/to-feature-collection';
import { isFeatureCollection } from './geojson-guard';
import { OUT_DIR, ROOT } from './paths';

export function load(file: string): FeatureCollection {
  const data: unknown = JSON.parse(readFileSync(path.join(OUT_DIR, file), 'utf8'));
  if (!isFeatureCollection(data)) throw new Error(`${file} is not a FeatureCollection`);
  return data;
}

/** Every ring or line of a feature, as position lists. */
export function parts(feature: Feature): Position[][] {
  const g = feature.geometry;
  if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'Point') return [[g.coordinates]];
  return [];
}

export function toLonLat(position: Position): LonLat {
  return [position[0] ?? NaN, position[1] ?? NaN];
}

export const facts = loadFacts(ROOT);
export const collections = buildFactCollections(facts);
