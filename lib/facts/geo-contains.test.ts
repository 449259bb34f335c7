import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonContains, rewindForD3 } from './geo-contains';

// A 1-degree square around Guiyang, exterior ring counter-clockwise (RFC 7946) and clockwise.
const ccw: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [106, 26],
      [107, 26],
      [107, 27],
      [106, 27],
      [106, 26],
    ],
  ],
};
const cw: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [106, 26],
      [106, 27],
      [107, 27],
      [107, 26],
      [106, 26],
    ],
  ],
};

describe('polygonContains', () => {
  it.each([
    ['counter-clockwise', ccw],
    ['clockwise', cw],
  ])('reads a %s ring the same way', (_case, polygon) => {
    expect(polygonContains(polygon, [106.63, 26.65])).toBe(true);
    expect(polygonContains(polygon, [104.07, 30.66])).toBe(false);
  });

  it('works on a MultiPolygon', () => {
    expect(
      polygonContains({ type: 'MultiPolygon', coordinates: [ccw.coordinates] }, [106.5, 26.5]),
    ).toBe(true);
  });
});

describe('rewindForD3', () => {
  it('leaves a small polygon small', () => {
    expect(geoArea(rewindForD3(ccw))).toBeLessThan(0.001);
    expect(geoArea(rewindForD3(cw))).toBeLessThan(0.001);
  });
});
