import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { distanceKm, pointToLinesKm, pointToSegmentKm } from './distance';

const EARTH_KM = 6371.0088;

describe('distanceKm', () => {
  it('agrees with d3-geo on Guiyang to Guangzhou', () => {
    const a = [106.6302, 26.6477] as const;
    const b = [113.2644, 23.1291] as const;
    expect(distanceKm(a, b)).toBeCloseTo(geoDistance([...a], [...b]) * EARTH_KM, 6);
    expect(distanceKm(a, b)).toBeGreaterThan(750);
    expect(distanceKm(a, b)).toBeLessThan(780);
  });
});

describe('pointToSegmentKm', () => {
  it.each([
    ['beside the middle', [106.5, 26.01], 1.112],
    ['beyond the end', [107.01, 26], 1.0],
    ['on the segment', [106.2, 26], 0],
  ] as const)('%s', (_case, point, km) => {
    expect(pointToSegmentKm(point, [106, 26], [107, 26])).toBeCloseTo(km, 1);
  });

  it('handles a zero-length segment', () => {
    expect(pointToSegmentKm([106, 26.01], [106, 26], [106, 26])).toBeCloseTo(1.112, 2);
  });
});

describe('pointToLinesKm', () => {
  it('takes the nearest of several lines, and Infinity for none', () => {
    const lines = [
      [
        [100, 20],
        [101, 20],
      ],
      [
        [106, 26],
        [107, 26],
      ],
    ] as const;
    expect(pointToLinesKm([106.5, 26.02], lines)).toBeCloseTo(2.224, 2);
    expect(pointToLinesKm([106.5, 26.02], [])).toBe(Infinity);
  });
});
