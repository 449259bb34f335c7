import { sceneFor, type Scene } from '@/lib/story/scene-for';
import type { SceneId } from '@/lib/story/scenes';
import type { LayerId } from './layers';
import { BASE_DATASETS, type DatasetId } from './datasets';
import { STORY_LAYERS, styleLayerIds, type LegendEntry, type StoryLayer } from './layers';
import { RIVER_CLOSE_LABELS_ID, RIVER_LABELS_ID } from './river-names';

function layerOf(id: LayerId): StoryLayer {
  return STORY_LAYERS[id];
}

/** The data files a scene draws: the base map's and its layers'. */
export function datasetsFor(scene: Scene): readonly DatasetId[] {
  const ids = new Set<DatasetId>(BASE_DATASETS);
  for (const layer of scene.layers) {
    for (const dataset of layerOf(layer).datasets) ids.add(dataset);
  }
  return [...ids];
}

/** The legend of a scene: its layers' entries, in layer order, each label once. */
export function legendFor(scene: Scene): readonly LegendEntry[] {
  const seen = new Set<string>();
  return scene.layers
    .flatMap((layer) => layerOf(layer).legend)
    .filter((entry) => (seen.has(entry.label) ? false : (seen.add(entry.label), true)));
}

/** Whether the scene stands on MapLibre's 3-D terrain. */
export function usesTerrain(scene: Scene): boolean {
  return scene.layers.some((layer) => layerOf(layer).terrain === true);
}

/**
 * The scenes on terrain: the plateau alone (a test checks that no other is). Named here rather
 * than found among all the scenes: the list of scenes would then be one more thing the page's
 * first script hands the map's (35 bytes more before the map).
 */
const SCENES_ON_TERRAIN: readonly SceneId[] = ['plateau'];

/**
 * The style layers that the scenes on terrain show: over terrain, the warm-up prepares only
 * theirs (`useWarmUp`), as no other scene stands on terrain once the warm-up is done.
 */
export const STYLE_LAYERS_ON_TERRAIN: ReadonlySet<string> = new Set(
  SCENES_ON_TERRAIN.flatMap((scene) =>
    sceneFor({ scene }).layers.flatMap((layer) => styleLayerIds(layerOf(layer))),
  ),
);

/**
 * Style layers drawn from a source built into the style that still belong to a data file: the
 * river names wait for the rivers, so they never float over an empty map, or over none at all
 * when rivers.json fails.
 */
const WAITS_FOR: Readonly<Record<string, DatasetId>> = {
  [RIVER_LABELS_ID]: 'rivers',
  [RIVER_CLOSE_LABELS_ID]: 'rivers',
};

/** MapLibre layers of the base style that the scene shows, given the data files applied. */
export function visibleStyleLayers(
  scene: Scene,
  applied: ReadonlySet<DatasetId>,
): ReadonlySet<string> {
  return new Set(
    scene.layers
      .flatMap((layer) => styleLayerIds(layerOf(layer)))
      .filter((layer) => {
        const file = WAITS_FOR[layer];
        return file === undefined || applied.has(file);
      }),
  );
}
