import { describe, expect, it } from 'vitest';
import { decodeBinnedSegments } from './gshhg';

describe('decodeBinnedSegments', () => {
  // A world of 2° bins: 180 columns, bin 0 is the north-west corner (0..2 E, 88..90 N).
  // Bin 180 * 31 + 53 has its south-west corner at 106 E, 26 N.
  const bin = 180 * 31 + 53;
  const firstSegmentInBin = new Int32Array(16200);
  const segmentsInBin = new Int16Array(16200);
  segmentsInBin[bin] = 1;
  const data = {
    binSizeMinutes: 120,
    binsPerLongitude: 180,
    firstSegmentInBin,
    segmentsInBin,
    pointsInSegment: [3],
    levelOfSegment: [2],
    firstPointInSegment: [0],
    // 65535 is stored as the signed short -1.
    relativeLon: [0, 32768, -1],
    relativeLat: [0, 0, -1],
  };

  it('turns unsigned offsets from the bin corner into degrees', () => {
    const [segment] = decodeBinnedSegments(data, [105, 25, 109, 29]);
    expect(segment?.level).toBe(2);
    expect(segment?.points[0]).toEqual([106, 26]);
    expect(segment?.points[1]?.[0]).toBeCloseTo(107, 4);
    expect(segment?.points[2]?.[0]).toBeCloseTo(108, 9);
    expect(segment?.points[2]?.[1]).toBeCloseTo(28, 9);
  });

  it('skips bins outside the bbox', () => {
    expect(decodeBinnedSegments(data, [0, 0, 10, 10])).toEqual([]);
  });
});
