import { expect, type Page } from '@playwright/test';
import { STORY_LAYERS } from '../../lib/map/layers';
import type { Scene } from '../../lib/story/scene-for';
import { LOOK_OFTEN } from './attributes';
import { drawnOnMap, type Drawn } from './drawn';

/** What is missing from the map, one line per layer; none when the whole scene is drawn. */
function missingFrom(drawn: Drawn, scene: Scene): string[] {
  const missing: string[] = [];
  for (const layer of drawn.style) {
    if (layer.features + layer.rasters === 0) missing.push(`${scene.id}: ${layer.layer} not drawn`);
  }
  const deckStoryLayers = scene.layers.filter((id) => STORY_LAYERS[id].deck);
  if (drawn.deck.length < deckStoryLayers.length) {
    missing.push(`${scene.id}: ${drawn.deck.length} deck.gl layers for ${deckStoryLayers.length}`);
  }
  for (const layer of drawn.deck) {
    if (!layer.loaded) missing.push(`${scene.id}: ${layer.id} not loaded`);
    if (layer.pickable && layer.picked === 0) missing.push(`${scene.id}: ${layer.id} not in view`);
  }
  return missing;
}

/**
 * Every layer of the scene is on the map, as MapLibre and deck.gl report what they drew: each
 * story layer of the style has features (or a raster) in view; deck.gl holds at least one layer
 * per story layer it draws, each loaded, and its picking finds every pickable one in view.
 * Asked again until so: while the warm-up stands the map on its own terrain (`useWarmUp`),
 * deck.gl's picking can find nothing for a frame or two of a settled scene.
 */
export async function expectSceneDrawn(page: Page, scene: Scene): Promise<void> {
  await expect
    .poll(async () => missingFrom(await drawnOnMap(page, scene), scene), {
      ...LOOK_OFTEN,
      message: `the ${scene.id} scene is drawn`,
    })
    .toEqual([]);
}
