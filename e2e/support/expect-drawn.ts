import { expect, type Page } from '@playwright/test';
import { STORY_LAYERS } from '../../lib/map/layers';
import type { Scene } from '../../lib/story/scene-for';
import { drawnOnMap } from './drawn';

/**
 * Every layer of the scene is on the map, as MapLibre and deck.gl report what they drew: each
 * story layer of the style has features (or a raster) in view; deck.gl holds at least one layer
 * per story layer it draws, each loaded, and its picking finds every pickable one in view.
 */
export async function expectSceneDrawn(page: Page, scene: Scene): Promise<void> {
  const drawn = await drawnOnMap(page, scene);
  for (const layer of drawn.style) {
    expect(layer.features + layer.rasters, `${scene.id}: ${layer.layer}`).toBeGreaterThan(0);
  }
  const deckStoryLayers = scene.layers.filter((id) => STORY_LAYERS[id].deck);
  expect(drawn.deck.length, `${scene.id}: deck.gl layers`).toBeGreaterThanOrEqual(
    deckStoryLayers.length,
  );
  for (const layer of drawn.deck) {
    expect(layer.loaded, `${scene.id}: ${layer.id} loaded`).toBe(true);
    if (layer.pickable) expect(layer.picked, `${scene.id}: ${layer.id} in view`).toBeGreaterThan(0);
  }
}
