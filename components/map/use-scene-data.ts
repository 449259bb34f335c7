import { useEffect, useState, useSyncExternalStore } from 'react';
import { DatasetStore, type DatasetSnapshot } from '@/lib/map/dataset-store';
import type { DatasetId } from '@/lib/map/datasets';
import { loadDataset } from '@/lib/map/load-dataset';

export type SceneData = DatasetSnapshot;

/**
 * Loads what the active scene needs and, after it, what the next scene will need, so a reader
 * never waits on an empty map mid-story.
 */
export function useSceneData(
  needed: readonly DatasetId[],
  upcoming: readonly DatasetId[],
): SceneData {
  const [store] = useState(() => new DatasetStore((id) => loadDataset(id, window.location.origin)));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  useEffect(() => {
    store.request(needed, true);
    store.request(upcoming, false);
  }, [store, needed, upcoming]);

  return snapshot;
}
