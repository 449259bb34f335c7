import { describe, expect, it } from 'vitest';
import { SCENE_IDS } from '@/lib/story/scenes';
import { sceneFor } from '@/lib/story/scene-for';
import { LOADED_SOURCES, buildBaseStyle } from '../base-style';
import { DATASETS } from '../datasets';
import { datasetsFor, legendFor } from '../scene-needs';
import { LAYER_IDS, MANAGED_STYLE_LAYERS, STORY_LAYERS, styleLayerIds } from '.';
import type { StoryLayer } from './types';

const style = buildBaseStyle('http://localhost:3000');
const inStyle = new Set(style.layers.map((layer) => layer.id));

describe('the story layers', () => {
  it.each(LAYER_IDS)('%s has a legend entry and a way to be drawn', (id) => {
    const layer: StoryLayer = STORY_LAYERS[id];
    const own = styleLayerIds(layer);
    expect(layer.legend.length).toBeGreaterThan(0);
    expect(layer.deck !== undefined || own.length > 0 || layer.terrain === true).toBe(true);
    for (const styleLayer of own) expect(inStyle).toContain(styleLayer);
    for (const dataset of layer.datasets) expect(Object.keys(DATASETS)).toContain(dataset);
  });

  it('gives every MapLibre layer to one story layer only', () => {
    expect(new Set(MANAGED_STYLE_LAYERS).size).toBe(MANAGED_STYLE_LAYERS.length);
  });

  it('hides every managed style layer until a scene shows it', () => {
    for (const id of MANAGED_STYLE_LAYERS) {
      const layer = style.layers.find((candidate) => candidate.id === id);
      expect(layer?.layout).toMatchObject({ visibility: 'none' });
    }
  });

  it('draws every style layer from a source the style has', () => {
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
  });

  it('fills every loaded source from a known data file', () => {
    for (const source of LOADED_SOURCES) expect(Object.keys(DATASETS)).toContain(source);
  });
});

describe('scenes', () => {
  it.each(SCENE_IDS)('%s names only layers that exist, and has a legend', (id) => {
    const scene = sceneFor({ scene: id });
    for (const layer of scene.layers) expect(STORY_LAYERS[layer]).toBeDefined();
    expect(legendFor(scene).length).toBeGreaterThan(0);
    expect(datasetsFor(scene)).toEqual(
      expect.arrayContaining(['countries', 'provinces', 'guizhou']),
    );
  });

  it('legend entries are not repeated within a scene', () => {
    for (const id of SCENE_IDS) {
      const labels = legendFor(sceneFor({ scene: id })).map((entry) => entry.label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});

describe("the Gui'an close-up's context", () => {
  const guian = sceneFor({ scene: 'guian' });

  it("shows the built-up areas in the Gui'an close-up and in no other scene", () => {
    const showing = SCENE_IDS.filter((id) =>
      sceneFor({ scene: id }).layers.includes('urban-areas'),
    );
    expect(showing).toEqual(['guian']);
  });

  it('keys at least four things, the built-up area among them, drawn as an area', () => {
    const legend = legendFor(guian);
    expect(legend.length).toBeGreaterThanOrEqual(4);
    const urban = legend.find((entry) => entry.label.startsWith('Built-up area'));
    expect(urban?.symbol).toMatchObject({ shape: 'area' });
  });

  it("draws the built-up areas under the district lines and the story's symbols", () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.indexOf('urban-areas-fill')).toBeLessThan(ids.indexOf('district-lines'));
    expect(ids.indexOf('urban-areas-line')).toBeLessThan(ids.indexOf('airport-dot'));
    expect(datasetsFor(guian)).toContain('urbanAreas');
  });
});
