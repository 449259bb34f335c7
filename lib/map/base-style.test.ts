import {
  createPropertyExpression,
  featureFilter,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { PROVINCE_NAMES_FROM_ZOOM } from './base-labels';
import { DECK_BEFORE_ID } from './layers/style-parts';
import { buildBaseStyle } from './base-style';
import {
  RIVER_LABELS_ID,
  RIVER_NAME_ANCHORS,
  RIVER_NAME_CLOSE_ZOOM,
  RIVER_NAME_MIN_ZOOM,
  RIVER_NAMES_SOURCE,
} from './river-names';

const style = buildBaseStyle('https://story.example');

describe('the base style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
  });

  it('writes each named river once, turned to its course, and draws every river line', () => {
    const layer = (id: string) => style.layers.find((candidate) => candidate.id === id);
    const names = layer(RIVER_LABELS_ID);
    expect(names?.type === 'symbol' && names.source).toBe(RIVER_NAMES_SOURCE);
    const source = style.sources[RIVER_NAMES_SOURCE];
    const anchors = source?.type === 'geojson' ? source.data : null;
    expect(anchors).toBe(RIVER_NAME_ANCHORS);
    expect(RIVER_NAME_ANCHORS.features.map((f) => f.properties.name).sort()).toEqual([
      'Beipan',
      'Hongshui',
      'Nanpan',
      'Qingshui',
      'Wu',
    ]);
    expect(names?.type === 'symbol' && names.layout?.['text-rotate']).toEqual(['get', 'angle']);
    const lines = layer('rivers-line');
    expect(lines && 'filter' in lines ? lines.filter : undefined).toBeUndefined();
  });

  it('writes no name in the widest views, and a name marked close only in a close one', () => {
    const names = style.layers.find((layer) => layer.id === RIVER_LABELS_ID);
    const opacity = names?.type === 'symbol' ? names.paint?.['text-opacity'] : undefined;
    const parsed = createPropertyExpression(opacity, latest.paint_symbol['text-opacity']);
    if (parsed.result !== 'success') throw new Error('text-opacity does not parse');
    const at = (zoom: number, close: boolean) =>
      parsed.value.evaluate({ zoom }, { type: 1, properties: { close } });
    expect(at(RIVER_NAME_MIN_ZOOM - 0.5, false)).toBe(0);
    expect(at(RIVER_NAME_MIN_ZOOM, false)).toBe(1);
    expect(at(RIVER_NAME_CLOSE_ZOOM - 0.8, true)).toBe(0);
    expect(at(RIVER_NAME_CLOSE_ZOOM + 0.2, true)).toBe(1);
    expect(at(RIVER_NAME_CLOSE_ZOOM - 0.8, false)).toBe(1);
    expect(RIVER_NAME_ANCHORS.features.filter((f) => f.properties.close)).toHaveLength(1);
  });

  it("puts deck.gl's symbols over the river names, so a station's name stays legible", () => {
    const order = style.layers.map((layer) => layer.id);
    expect(order.indexOf(DECK_BEFORE_ID)).toBeGreaterThan(order.indexOf(RIVER_LABELS_ID));
    expect(order.indexOf(RIVER_LABELS_ID)).toBeGreaterThan(order.indexOf('rivers-line'));
  });

  it('places no province name below its zoom, where an unseen one would crowd out others', () => {
    const province = { type: 1 as const, properties: { kind: 'province', name: 'Hunan' } };
    const country = { type: 1 as const, properties: { kind: 'country', name: 'CHINA' } };
    const writers = (feature: typeof province) =>
      style.layers.filter(
        (layer) =>
          layer.type === 'symbol' &&
          layer.source === 'base-labels' &&
          featureFilter(layer.filter).filter({ zoom: 3 }, feature),
      );
    const provinceWriters = writers(province);
    expect(provinceWriters.length).toBeGreaterThan(0);
    for (const layer of provinceWriters) expect(layer.minzoom).toBe(PROVINCE_NAMES_FROM_ZOOM);
    expect(writers(country).map((layer) => layer.minzoom)).toEqual([undefined]);
  });
});
