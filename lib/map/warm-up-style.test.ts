import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASE_LAYERS } from './base-layers';
import { buildBaseStyle, WARM_UP_LAYER_IDS } from './base-style';
import { MANAGED_STYLE_LAYERS } from './layers';
import {
  WARM_UP_RELIEF_SOURCE,
  WARM_UP_SOURCE,
  warmUpLayers,
  warmUpTwin,
  warmUpTwinShownPaint,
} from './warm-up-style';

const circle: LayerSpecification = {
  id: 'plants',
  type: 'circle',
  source: 'plants',
  minzoom: 5,
  paint: {
    'circle-radius': 4,
    'circle-opacity': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1],
    'circle-stroke-opacity': 0.8,
    'circle-blur': ['step', ['zoom'], 0.2, 6, 0.8],
  },
};

describe('warmUpTwin', () => {
  it('is shown by every opacity at one faint value, its other paint as the layer has it', () => {
    // A zoom curve is evaluated to a value for each frame: the same shader as a constant's.
    expect(warmUpTwinShownPaint(circle)).toEqual({
      'circle-opacity': 0.001,
      'circle-stroke-opacity': 0.001,
    });
    const label: LayerSpecification = { id: 'names', type: 'symbol', source: 'places' };
    expect(warmUpTwinShownPaint(label)).toEqual({ 'text-opacity': 0.001, 'icon-opacity': 0.001 });
    const twin = warmUpTwin(circle);
    expect(twin?.type).toBe('circle');
    expect(twin && 'source' in twin && twin.source).toBe(WARM_UP_SOURCE);
    const paint = twin?.paint as Record<string, unknown>;
    expect(paint['circle-radius']).toBe(4);
    expect(paint['circle-blur']).toEqual(['step', ['zoom'], 0.2, 6, 0.8]);
  });

  it('starts visible but hidden by opacities of 0, shown and hidden with no transition', () => {
    const twin = warmUpTwin(circle);
    expect(twin?.layout?.visibility).toBe('visible');
    expect(twin?.paint).toMatchObject({
      'circle-opacity': 0,
      'circle-opacity-transition': { duration: 0, delay: 0 },
      'circle-stroke-opacity': 0,
      'circle-stroke-opacity-transition': { duration: 0, delay: 0 },
    });
  });

  it('is drawn at every zoom, on its own kind of feature', () => {
    const twin = warmUpTwin(circle);
    expect(twin?.id).toBe('warm-up:plants');
    expect(twin?.minzoom).toBeUndefined();
    expect(twin && 'filter' in twin && twin.filter).toEqual(['==', ['geometry-type'], 'Point']);
  });

  it("draws the relief's raster from the bounded tiles, never the real ones", () => {
    const relief = BASE_LAYERS.find((layer) => layer.type === 'raster');
    expect(relief?.id).toBe('terrain-tint');
    const twin = relief ? warmUpTwin(relief) : null;
    expect(twin && 'source' in twin && twin.source).toBe(WARM_UP_RELIEF_SOURCE);
    expect(twin && 'filter' in twin ? twin.filter : undefined).toBeUndefined();
    expect(relief ? warmUpTwinShownPaint(relief) : {}).toEqual({ 'raster-opacity': 0.001 });
  });

  it('has no twin for a layer it cannot warm', () => {
    expect(warmUpTwin({ id: 'sky', type: 'background' })).toBeNull();
  });
});

describe("the base style's warm-up twins", () => {
  const managed = new Set(MANAGED_STYLE_LAYERS);

  it('twin every managed layer that has a source, and no other', () => {
    const twinned = warmUpLayers(BASE_LAYERS, managed).map((layer) => layer.id);
    expect(twinned.length).toBeGreaterThan(5);
    for (const id of twinned) expect(managed.has(id.replace(/^warm-up:/, ''))).toBe(true);
    expect(WARM_UP_LAYER_IDS).toEqual(twinned);
  });

  it('leave the style valid, drawn first, straight over the sea', () => {
    const style = buildBaseStyle('https://story.example');
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
    const ids = style.layers.map((layer) => layer.id);
    expect(ids[0]).toBe('background');
    expect(ids.slice(1, 1 + WARM_UP_LAYER_IDS.length)).toEqual([...WARM_UP_LAYER_IDS]);
  });
});
