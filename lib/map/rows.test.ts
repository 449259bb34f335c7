import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { earthquakeRow, placeRow, toPathRows, toPointRows, westToEast } from './rows';

const point = (id: string, lon: number, extra: Record<string, unknown> = {}) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [lon, 26] },
  properties: { id, name: id, sources: [], kind: 'city', ...extra },
});

describe('toPointRows', () => {
  const file: FeatureCollection = {
    type: 'FeatureCollection',
    features: [point('b', 107), point('a', 104), point('bad', 500)],
  };

  it('reads a file once per schema and hands back the same rows after', () => {
    const first = toPointRows(file, placeRow);
    expect(first.map(({ row }) => row.id)).toEqual(['b', 'a']);
    expect(toPointRows(file, placeRow)).toBe(first);
    // Another schema reads the file anew: no place here has a magnitude.
    expect(toPointRows(file, earthquakeRow)).toEqual([]);
  });

  it('orders west to east in a new array, leaving the shared rows as read', () => {
    const rows = toPointRows(file, placeRow);
    expect(westToEast(rows).map(({ row }) => row.id)).toEqual(['a', 'b']);
    expect(rows.map(({ row }) => row.id)).toEqual(['b', 'a']);
  });
});

describe('toPathRows', () => {
  it('reads the lines of a file that also has points, after its points were read', () => {
    const file: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        point('airport', 106),
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [106, 26],
              [105, 26],
            ],
          },
          properties: { id: 'road', name: 'road', sources: [], kind: 'city' },
        },
      ],
    };
    expect(toPointRows(file, placeRow).map(({ row }) => row.id)).toEqual(['airport']);
    expect(toPathRows(file, placeRow).map(({ row }) => row.id)).toEqual(['road']);
  });
});
