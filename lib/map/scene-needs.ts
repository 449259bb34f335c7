import type { Scene } from '@/lib/story/scene-for';
import { BASE_DATASETS, type DatasetId } from './datasets';
import { STORY_LAYERS, type LegendEntry } from './layer-catalog';

/** The data files a scene draws: the base map's and its layers'. */
export function datasetsFor(scene: Scene): readonly DatasetId[] {
  const ids = new Set<DatasetId>(BASE_DATASETS);
  for (const layer of scene.layers) {
    for (const dataset of STORY_LAYERS[layer].datasets) ids.add(dataset);
  }
  return [...ids];
}

/** The legend of a scene: its layers' entries, in layer order, each label once. */
export function legendFor(scene: Scene): readonly LegendEntry[] {
  const seen = new Set<string>();
  return scene.layers
    .flatMap((layer) => STORY_LAYERS[layer].legend)
    .filter((entry) => (seen.has(entry.label) ? false : (seen.add(entry.label), true)));
}

/** Whether the scene stands on MapLibre's 3-D terrain. */
export function usesTerrain(scene: Scene): boolean {
  return scene.layers.some((layer) => STORY_LAYERS[layer].terrain === true);
}

/** MapLibre layers of the base style that the scene shows. */
export function visibleStyleLayers(scene: Scene): ReadonlySet<string> {
  return new Set(scene.layers.flatMap((layer) => STORY_LAYERS[layer].styleLayers));
}
