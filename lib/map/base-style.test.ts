import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DECK_BEFORE_ID, RIVER_LABELS_ID } from './base-layers';
import { buildBaseStyle } from './base-style';

const style = buildBaseStyle('https://story.example');

describe('the base style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
  });

  it('writes river names along the label lines only, and draws every river but those', () => {
    const filterOf = (id: string) => {
      const layer = style.layers.find((candidate) => candidate.id === id);
      if (!layer || !('filter' in layer)) throw new Error(`${id} has no filter`);
      return featureFilter(layer.filter).filter;
    };
    const names = filterOf(RIVER_LABELS_ID);
    const lines = filterOf('rivers-line');
    const river = (name: string | null, label?: true) => ({
      type: 2 as const,
      properties: { name, major: name !== null, ...(label ? { label } : {}) },
    });
    expect(names({ zoom: 6 }, river('Wu', true))).toBe(true);
    expect(names({ zoom: 6 }, river('Wu'))).toBe(false);
    // Unnamed stretches carry a null name, which `has` would count as a name (" River").
    expect(names({ zoom: 6 }, river(null))).toBe(false);
    expect(lines({ zoom: 6 }, river('Wu'))).toBe(true);
    expect(lines({ zoom: 6 }, river(null))).toBe(true);
    expect(lines({ zoom: 6 }, river('Wu', true))).toBe(false);
  });

  it("puts deck.gl's symbols over the river names, so a station's name stays legible", () => {
    const order = style.layers.map((layer) => layer.id);
    expect(order.indexOf(DECK_BEFORE_ID)).toBeGreaterThan(order.indexOf(RIVER_LABELS_ID));
    expect(order.indexOf(RIVER_LABELS_ID)).toBeGreaterThan(order.indexOf('rivers-line'));
  });
});
