import { describe, expect, it } from 'vitest';
import { sceneFor } from '@/lib/story/scene-for';
import { RIVER_CLOSE_LABELS_ID, RIVER_LABELS_ID } from './river-names';
import { MANAGED_STYLE_LAYERS } from './layers';
import { STYLE_LAYERS_ON_TERRAIN, usesTerrain, visibleStyleLayers } from './scene-needs';
import { SCENE_IDS } from '@/lib/story/scenes';
import { DATASET_IDS } from './datasets';

describe('visibleStyleLayers', () => {
  const hydro = sceneFor({ scene: 'hydro' });

  it('holds the river names back until the rivers themselves are on the map', () => {
    const before = visibleStyleLayers(hydro, new Set());
    const after = visibleStyleLayers(hydro, new Set(['rivers']));
    expect(before.has('rivers-line')).toBe(true);
    for (const names of [RIVER_LABELS_ID, RIVER_CLOSE_LABELS_ID]) {
      expect(before.has(names), names).toBe(false);
      expect(after.has(names), names).toBe(true);
    }
  });

  it('shows no river names in a scene without rivers, whatever has loaded', () => {
    const china = sceneFor({ scene: 'china' });
    expect(visibleStyleLayers(china, new Set(['rivers'])).has(RIVER_LABELS_ID)).toBe(false);
  });
});

describe('STYLE_LAYERS_ON_TERRAIN', () => {
  it('holds every layer a scene on terrain shows', () => {
    const onTerrain = SCENE_IDS.map((scene) => sceneFor({ scene })).filter(usesTerrain);
    expect(onTerrain.map((scene) => scene.id)).toContain('plateau');
    for (const scene of onTerrain) {
      for (const layer of visibleStyleLayers(scene, new Set(DATASET_IDS)))
        expect(STYLE_LAYERS_ON_TERRAIN, `${scene.id}: ${layer}`).toContain(layer);
    }
  });

  it("holds the plateau's layers, and none that only flat scenes show", () => {
    const plateau = visibleStyleLayers(sceneFor({ scene: 'plateau' }), new Set(['rivers']));
    expect([...STYLE_LAYERS_ON_TERRAIN].sort()).toEqual([...plateau].sort());
    expect(STYLE_LAYERS_ON_TERRAIN.has('terrain-tint')).toBe(true);
    // Far fewer than the story shows: each would compile shaders of its own over terrain.
    expect(STYLE_LAYERS_ON_TERRAIN.size).toBeLessThan(MANAGED_STYLE_LAYERS.length / 3);
  });
});
