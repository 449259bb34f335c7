import { describe, expect, it } from 'vitest';
import { toLineCollection, toPointCollection } from './to-feature-collection';

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
