import { describe, expect, it } from 'vitest';
import { summarizeLongTasks } from './long-task-figures';

describe('summarizeLongTasks', () => {
  it('counts, sums blocking time over 50 ms and finds the longest, per owner too', () => {
    const figures = summarizeLongTasks(
      [
        { start: 0, duration: 80, shares: { gl: 60, ours: 20 }, owner: 'gl' },
        {
          start: 100,
          duration: 120,
          shares: { ours: 70, framework: 50 },
          owner: 'ours',
          ourSources: { 'lib/map/rows.ts': 20, 'lib/map/load-dataset.ts': 50 },
        },
        { start: 300, duration: 60, shares: { 'map-chunk': 60 }, owner: 'map-chunk' },
      ],
      'partly source-mapped',
    );
    expect(figures).toMatchObject({
      count: 3,
      totalBlockingTime: 30 + 70 + 10,
      longest: 120,
      shares: { gl: 60, ours: 90, framework: 50, 'map-chunk': 60 },
      owners: { gl: 1, ours: 1, 'map-chunk': 1 },
      ours: { count: 1, longest: 120 },
      oursLargestSlice: 70,
      oursLargestSliceSources: [
        ['lib/map/load-dataset.ts', 50],
        ['lib/map/rows.ts', 20],
      ],
      mixed: { count: 1, longest: 60 },
    });
  });

  it('is all zeros without long tasks', () => {
    expect(summarizeLongTasks([], 'source-maps')).toMatchObject({
      count: 0,
      totalBlockingTime: 0,
      longest: 0,
      ours: { count: 0, longest: 0 },
    });
  });
});
