import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DECK_BEFORE_ID } from './base-layers';
import { buildBaseStyle } from './base-style';

const style = buildBaseStyle('https://story.example');

describe('the base style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
  });

  it('names only rivers that have a name, never an unnamed stretch as " River"', () => {
    const layer = style.layers.find((candidate) => candidate.id === DECK_BEFORE_ID);
    if (!layer || !('filter' in layer)) throw new Error('the river label layer has no filter');
    const { filter } = featureFilter(layer.filter);
    const river = (name: string | null) => ({
      type: 2 as const,
      properties: { name, major: false },
    });
    expect(filter({ zoom: 6 }, river('Wu'))).toBe(true);
    expect(filter({ zoom: 6 }, river(null))).toBe(false);
  });
});
