import type { Layer } from '@deck.gl/core';
import type { Edition } from '@/lib/content/editions';
import type { Scene } from '@/lib/story/scene-for';
import { STORY_LAYERS } from './layers';
import type { StoryLayer } from './layers/types';
import type { LoadedData } from './load-dataset';

/**
 * deck.gl layers for a scene: built afresh from the scene and the data (descriptors that
 * deck.gl diffs by id), so no layer carries state from an earlier step.
 * `zoom` is the zoom the scene is shown at on this map, for spacing labels.
 */
export function buildDeckLayers(
  scene: Scene,
  data: LoadedData,
  zoom: number,
  edition: Edition = 'en',
): Layer[] {
  return scene.layers.flatMap((id) => {
    const layer: StoryLayer = STORY_LAYERS[id];
    return layer.deck?.(data, scene, zoom, edition) ?? [];
  });
}

/**
 * Does, ahead of a scene change, the part of building `scene`'s layers that is worth keeping:
 * its rows read and checked (kept per file). The layers themselves are dropped; the scene
 * change builds its own at its own zoom.
 */
export function warmDeckLayers(scene: Scene, data: LoadedData, edition: Edition = 'en'): void {
  buildDeckLayers(scene, data, scene.camera.zoom, edition);
}
