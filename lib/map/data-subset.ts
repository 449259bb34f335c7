import type { FeatureCollection } from 'geojson';
import type { DatasetId } from './datasets';
import type { LoadedData } from './load-dataset';

/** The files of `ids` that have arrived, and no others. */
export function subsetOf(data: LoadedData, ids: readonly DatasetId[]): LoadedData {
  const subset = new Map<DatasetId, FeatureCollection>();
  for (const id of ids) {
    const collection = data.get(id);
    if (collection) subset.set(id, collection);
  }
  return subset;
}

/** Whether two sets of loaded files hold the very same files (by identity, not content). */
export function sameFiles(a: LoadedData, b: LoadedData): boolean {
  if (a.size !== b.size) return false;
  for (const [id, collection] of a) if (b.get(id) !== collection) return false;
  return true;
}
