import type { FeatureCollection } from 'geojson';
import { yieldToMain } from '@/lib/dom/yield-to-main';
import { findMisfit } from './dataset-shapes';
import { parseFeatureLines } from './feature-lines';
import { DATASETS, type DatasetId, dataUrl } from './datasets';

export type LoadedData = ReadonlyMap<DatasetId, FeatureCollection>;

export function isFeatureCollection(value: unknown): value is FeatureCollection {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'type' in value &&
    value.type === 'FeatureCollection' &&
    'features' in value &&
    Array.isArray(value.features)
  );
}

/**
 * Fetches one data file, parsed a slice at a time (see `feature-lines`). Rejects with a message
 * naming the file when it is missing, cut short, not a FeatureCollection or of the wrong shape,
 * so the map can draw the rest and say what is missing.
 */
export async function loadDataset(id: DatasetId, origin: string): Promise<FeatureCollection> {
  const file = DATASETS[id];
  // A scene can ask for several files at once; each request costs the main thread a little,
  // so each starts in a task of its own rather than all in the scene change's.
  await yieldToMain();
  const response = await fetch(dataUrl(file, origin));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await parseFeatureLines(await response.text(), { pause: yieldToMain });
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
  if (!isFeatureCollection(body)) throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  const misfit = findMisfit(id, body);
  if (misfit) throw new Error(`${file}: ${misfit}`);
  return body;
}
