import { useState } from 'react';
import { sameFiles, subsetOf } from '@/lib/map/data-subset';
import type { DatasetId } from '@/lib/map/datasets';
import type { LoadedData } from '@/lib/map/load-dataset';

/**
 * The arrived files among `ids`, as the same object for as long as they are the same files.
 * A file fetched ahead for a later scene then changes nothing on this one: its layers, built
 * from this object, are not rebuilt (nor their text laid out again) when it arrives.
 */
export function useSceneFiles(data: LoadedData, ids: readonly DatasetId[]): LoadedData {
  const current = subsetOf(data, ids);
  const [kept, setKept] = useState(current);
  if (sameFiles(kept, current)) return kept;
  // Derived state: React renders again at once with the new files, before any child does.
  setKept(current);
  return current;
}
