import { describe, expect, it } from 'vitest';
import { toLineCollection, toMixedCollection, toPointCollection } from './to-feature-collection';

const sources = [
  { label: 'Wikipedia, Goupitan Dam', url: 'https://en.wikipedia.org/wiki/Goupitan_Dam' },
];

describe('toPointCollection', () => {
  it('puts the id at top level, the point in the geometry and every other field in properties', () => {
    const rows = [
      {
        id: 'goupitan',
        name: 'Goupitan',
        capacityMw: 3000,
        coordinates: [107.6331, 27.3753] as const,
        sources,
      },
    ];
    expect(toPointCollection(rows)).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'goupitan',
          geometry: { type: 'Point', coordinates: [107.6331, 27.3753] },
          properties: { id: 'goupitan', name: 'Goupitan', capacityMw: 3000, sources },
        },
      ],
    });
  });
});

describe('toLineCollection', () => {
  it('turns a path into a LineString', () => {
    const rows = [
      {
        id: 'corridor',
        note: 'Schematic.',
        path: [
          [106, 26],
          [113, 23],
        ] as const,
        sources,
      },
    ];
    const [feature] = toLineCollection(rows).features;
    expect(feature?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [106, 26],
        [113, 23],
      ],
    });
    expect(feature?.properties).toEqual({ id: 'corridor', note: 'Schematic.', sources });
  });
});

describe('toMixedCollection', () => {
  it('makes a Point of a row with coordinates and a LineString of one with a path, in row order', () => {
    const rows = [
      { id: 'airport', coordinates: [106.8, 26.54] as const },
      {
        id: 'road',
        path: [
          [106.6, 26.6],
          [105.9, 26.2],
        ] as const,
      },
    ];
    const features = toMixedCollection(rows).features;
    expect(features.map((f) => [f.id, f.geometry.type])).toEqual([
      ['airport', 'Point'],
      ['road', 'LineString'],
    ]);
    expect(features.map((f) => f.properties)).toEqual([{ id: 'airport' }, { id: 'road' }]);
  });
});
