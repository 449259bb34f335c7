import type { Edition } from '@/lib/content/editions';
import type { Scene } from '@/lib/story/scene-for';
import type { FeatureDetail } from './feature-format';
import { STORY_LAYERS } from './layers';
import type { LoadedData } from './load-dataset';

/** Everything the active scene lets a reader ask about, in layer order, in the edition's words. */
export function describeFeatures(
  scene: Scene,
  data: LoadedData,
  edition: Edition = 'en',
): FeatureDetail[] {
  const seen = new Set<string>();
  return scene.layers
    .flatMap((layer) => STORY_LAYERS[layer].describe?.(data, scene, edition) ?? [])
    .filter((detail) => (seen.has(detail.key) ? false : (seen.add(detail.key), true)));
}

/** The detail key of what deck.gl picked: its layer and its row's id, or null for nothing. */
export function pickedKey(layerId: string | undefined, object: unknown): string | null {
  if (!layerId || typeof object !== 'object' || object === null || !('row' in object)) return null;
  const row: unknown = object.row;
  if (typeof row !== 'object' || row === null || !('id' in row) || typeof row.id !== 'string')
    return null;
  return `${layerId}:${row.id}`;
}
