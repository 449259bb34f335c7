import { describe, expect, it } from 'vitest';
import { median, percentile, ratioOf, summarize } from './stats';

describe('median', () => {
  it('takes the middle value of an odd count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow();
  });
});

describe('summarize', () => {
  it('gives the median, the spread and how many runs measured', () => {
    expect(summarize([120, 100, 300, 110, 105])).toEqual({ median: 110, min: 100, max: 300, n: 5 });
  });

  it('leaves out runs that measured nothing', () => {
    expect(summarize([null, 10, undefined, 30, NaN])).toEqual({
      median: 20,
      min: 10,
      max: 30,
      n: 2,
    });
  });

  it('is null when no run measured', () => {
    expect(summarize([null, undefined])).toBeNull();
  });
});

describe('ratioOf', () => {
  it('takes the median of per-run ratios, not the ratio of medians', () => {
    // Run 2 is slow on both sides: its own ratio is 1, as in run 1.
    expect(ratioOf([100, 1000, 150], [100, 1000, 100])).toEqual({
      median: 1,
      min: 1,
      max: 1.5,
      n: 3,
    });
  });

  it('skips runs where either side is missing or the denominator is zero', () => {
    expect(ratioOf([100, null, 100], [50, 50, 0])).toEqual({ median: 2, min: 2, max: 2, n: 1 });
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(percentile(values, 0.95)).toBe(19);
    expect(percentile(values, 1)).toBe(20);
    expect(percentile([7], 0.95)).toBe(7);
    expect(() => percentile([], 0.5)).toThrow();
  });
});
