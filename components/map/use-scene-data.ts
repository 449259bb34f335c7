import { useEffect, useState, useSyncExternalStore } from 'react';
import { eachWhenIdle } from '@/lib/dom/each-when-idle';
import { DatasetStore, type DatasetSnapshot } from '@/lib/map/dataset-store';
import type { DatasetId } from '@/lib/map/datasets';
import { loadDataset } from '@/lib/map/load-dataset';

export type SceneData = DatasetSnapshot;

/**
 * Loads what the active scene needs at once and, in idle time after it, what the next scene
 * will need, so a reader never waits on an empty map mid-story. The next scene's files start
 * one per idle period: each costs the main thread its request and, on arrival, its parsing,
 * and none of that should share a task with the scene change.
 */
export function useSceneData(
  needed: readonly DatasetId[],
  upcoming: readonly DatasetId[],
): SceneData {
  const [store] = useState(() => new DatasetStore((id) => loadDataset(id, window.location.origin)));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  useEffect(() => {
    store.request(needed, true);
  }, [store, needed]);

  useEffect(() => {
    const ahead = upcoming.filter((id) => !needed.includes(id));
    return eachWhenIdle(ahead, (id) => store.request([id], false));
  }, [store, needed, upcoming]);

  return snapshot;
}
