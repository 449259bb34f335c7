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
  RIVER_CLOSE_LABELS_ID,
  RIVER_LABELS_ID,
  RIVER_NAME_ANCHORS,
  RIVER_NAME_CLOSE_ZOOM,
  RIVER_NAME_MIN_ZOOM,
  RIVER_NAMES_SOURCE,
} from './river-names';

const style = buildBaseStyle('https://story.example');

/** The expression operators that read a feature: a value using one varies by feature. */
const FEATURE_OPERATORS = new Set([
  'get',
  'has',
  'properties',
  'feature-state',
  'id',
  'geometry-type',
  'accumulated',
  'line-progress',
]);

function variesByFeature(value: unknown): boolean {
  // A legacy function ({ property, stops }) reads a feature's property too.
  if (typeof value === 'object' && value !== null && 'property' in value) return true;
  if (!Array.isArray(value)) return false;
  return FEATURE_OPERATORS.has(value[0] as string) || value.some(variesByFeature);
}

describe('the base style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
  });

  const layer = (id: string) => style.layers.find((candidate) => candidate.id === id);
  const nameLayers = [RIVER_LABELS_ID, RIVER_CLOSE_LABELS_ID].map(layer);
  const passes = (id: string, properties: Record<string, unknown>) => {
    const found = layer(id);
    const filter = found && 'filter' in found ? found.filter : undefined;
    return featureFilter(filter).filter({ zoom: 8 }, { type: 1, properties });
  };

  it('writes each named river once, turned to its course, and draws every river line once', () => {
    for (const names of nameLayers) {
      expect(names?.type === 'symbol' && names.source).toBe(RIVER_NAMES_SOURCE);
      expect(names?.type === 'symbol' && names.layout?.['text-rotate']).toEqual(['get', 'angle']);
    }
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
    for (const { properties } of RIVER_NAME_ANCHORS.features) {
      const writers = [RIVER_LABELS_ID, RIVER_CLOSE_LABELS_ID].filter((id) =>
        passes(id, properties),
      );
      expect(writers).toHaveLength(1);
    }
    for (const major of [true, false, undefined]) {
      const drawers = ['rivers-line', 'rivers-line-minor'].filter((id) => passes(id, { major }));
      expect(drawers).toEqual([major ? 'rivers-line' : 'rivers-line-minor']);
    }
  });

  it('writes no name in the widest views, and a name marked close only in a close one', () => {
    const written = (zoom: number, close: boolean) =>
      nameLayers.some((names) => {
        if (names?.type !== 'symbol' || !passes(names.id, { close })) return false;
        const opacity = names.paint?.['text-opacity'];
        const parsed = createPropertyExpression(opacity, latest.paint_symbol['text-opacity']);
        if (parsed.result !== 'success') throw new Error('text-opacity does not parse');
        return parsed.value.evaluate({ zoom }) === 1;
      });
    expect(written(RIVER_NAME_MIN_ZOOM - 0.5, false)).toBe(false);
    expect(written(RIVER_NAME_MIN_ZOOM, false)).toBe(true);
    expect(written(RIVER_NAME_CLOSE_ZOOM - 0.8, true)).toBe(false);
    expect(written(RIVER_NAME_CLOSE_ZOOM + 0.2, true)).toBe(true);
    expect(written(RIVER_NAME_CLOSE_ZOOM - 0.8, false)).toBe(true);
    expect(RIVER_NAME_ANCHORS.features.filter((f) => f.properties.close)).toHaveLength(1);
  });

  it('draws each feature of a layer split by its features in exactly one of the parts', () => {
    const drawers = (ids: string[], properties: Record<string, unknown>) =>
      ids.filter((id) => passes(id, properties));
    const lines = ['district-lines', 'district-lines-outer'];
    expect(drawers(lines, { outer: true })).toEqual(['district-lines-outer']);
    for (const outer of [false, undefined, null])
      expect(drawers(lines, { outer })).toEqual(['district-lines']);
    const dots = ['places-dot', 'places-dot-capital'];
    expect(drawers(dots, { kind: 'provincial-capital' })).toEqual(['places-dot-capital']);
    expect(drawers(dots, { kind: 'city' })).toEqual(['places-dot']);
    const names = ['sea-labels', 'base-labels', 'province-labels'];
    expect(drawers(names, { kind: 'sea' })).toEqual(['sea-labels']);
    expect(drawers(names, { kind: 'province' })).toEqual(['province-labels']);
    for (const kind of ['country', 'home'])
      expect(drawers(names, { kind })).toEqual(['base-labels']);
  });

  it('gives every feature of a layer the same paint, so each kind of layer needs one shader', () => {
    const varying = style.layers.flatMap((candidate) =>
      Object.entries(candidate.paint ?? {})
        .filter(([, value]) => variesByFeature(value))
        .map(([property]) => `${candidate.id} ${property}`),
    );
    expect(varying).toEqual([]);
  });

  it("puts deck.gl's symbols over the river names, so a station's name stays legible", () => {
    const order = style.layers.map((layer) => layer.id);
    for (const id of [RIVER_LABELS_ID, RIVER_CLOSE_LABELS_ID]) {
      expect(order.indexOf(DECK_BEFORE_ID)).toBeGreaterThan(order.indexOf(id));
      expect(order.indexOf(id)).toBeGreaterThan(order.indexOf('rivers-line'));
    }
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
