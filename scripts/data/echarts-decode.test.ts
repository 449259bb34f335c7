import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeGeometry, decodeRing, zigZag } from './echarts-decode';

describe('zigZag', () => {
  it.each([
    [0, 0],
    [1, -1],
    [2, 1],
    [3, -2],
    [4, 2],
  ])('%i decodes to %i', (encoded, value) => {
    expect(zigZag(encoded)).toBe(value);
  });
});

describe('decodeRing', () => {
  it('accumulates zig-zag deltas from the offset and divides by the scale', () => {
    // '@' is 64 (delta 0), 'D' is 68 (4 → +2), 'A' is 65 (1 → -1).
    expect(decodeRing('@@DA', [1024, 2048])).toEqual([
      [1, 2],
      [1026 / 1024, 2047 / 1024],
    ]);
  });

  it('rejects a ring with an odd number of characters', () => {
    expect(() => decodeRing('@@D', [0, 0])).toThrow(/odd/);
  });

  it("decodes Guiyang's first point in echarts 4.9.0 as its encodeOffsets / 1024", () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('echarts/map/json/province/guizhou.json');
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const text = JSON.stringify(json);
    // Known value: Guiyang's ring starts with "@@" at encodeOffsets [109042, 26893].
    expect(text).toContain('"encodeOffsets":[[109042,26893]]');
    const ring = decodeRing('@@DD', [109042, 26893]);
    expect(ring[0]).toEqual([109042 / 1024, 26893 / 1024]);
    expect(ring[0]?.[0]).toBeCloseTo(106.486, 3);
    expect(ring[0]?.[1]).toBeCloseTo(26.263, 3);
  });
});

describe('decodeGeometry', () => {
  it('decodes Polygon and MultiPolygon rings with their own offsets', () => {
    expect(
      decodeGeometry({ type: 'Polygon', coordinates: ['@@'], encodeOffsets: [[2048, 1024]] }),
    ).toEqual({
      type: 'Polygon',
      coordinates: [[[2, 1]]],
    });
    expect(
      decodeGeometry({
        type: 'MultiPolygon',
        coordinates: [['@@'], ['@@']],
        encodeOffsets: [[[1024, 1024]], [[3072, 1024]]],
      }),
    ).toEqual({ type: 'MultiPolygon', coordinates: [[[[1, 1]]], [[[3, 1]]]] });
  });

  it('fails when a ring has no offset', () => {
    expect(() =>
      decodeGeometry({ type: 'Polygon', coordinates: ['@@'], encodeOffsets: [] }),
    ).toThrow(/encodeOffsets/);
  });
});
