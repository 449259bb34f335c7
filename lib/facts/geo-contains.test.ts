import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonContains, rewindForD3 } from './geo-contains';
import { GUIYANG_SQUARE } from '@/lib/testing/guiyang-square';

// The square around Guiyang with its exterior ring counter-clockwise (RFC 7946) and clockwise.
const ccw = GUIYANG_SQUARE;
const cw: Polygon = {
  type: 'Polygon',
  coordinates: ccw.coordinates.map((ring) => [...ring].reverse()),
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
