import { describe, expect, it } from 'vitest';
import { aggregateProfile } from './aggregate';
import { summarizeLongTasks } from './long-task-figures';
import { DESKTOP } from './profiles';
import type { StoryVisit } from './sessions';
import type { LongTask } from './trace';

const task = (duration: number, owner: LongTask['owner']): LongTask => ({
  start: 0,
  duration,
  shares: { [owner]: duration },
  owner,
});

/** A story visit whose pass had these long tasks, each step change taking the first one. */
function visit(tasks: readonly LongTask[], stepSource: string): StoryVisit {
  return {
    paints: { fcp: 900, lcp: 1100, lcpElement: 'p.dek' },
    firstSettle: 5000,
    firstLoad: { page: 40, serviceWorker: 0, hosts: {}, foreign: [] },
    fullPass: null,
    dataFiles: [],
    prepared: 12_000,
    longTasks: summarizeLongTasks(tasks, 'chunks'),
    steps: [
      {
        step: 'plateau',
        blocking: Math.max(0, (tasks[0]?.duration ?? 0) - 50),
        longest: tasks[0]?.duration ?? 0,
        source: stepSource,
      },
    ],
    frameP95: 350,
    scrollSeconds: 28,
    reachedEnd: true,
  };
}

describe('aggregateProfile', () => {
  const timed = [
    visit([task(100, 'browser')], 'unattributed'),
    visit([task(200, 'browser')], 'unattributed'),
    visit([task(300, 'browser')], 'unattributed'),
  ];
  const profiled = visit(
    [task(900, 'map-chunk'), task(80, 'gl'), task(70, 'ours'), task(60, 'page-chunk')],
    'map chunks',
  );

  it('times the long tasks from the timed passes and attributes them from the profiled one', () => {
    const result = aggregateProfile({ profile: DESKTOP, plain: [], story: timed, profiled });
    expect(result.longTasks).toMatchObject({
      count: { median: 1, n: 3 },
      totalBlockingTime: { median: 150, min: 50, max: 250, n: 3 },
      longest: { median: 200, n: 3 },
      profiledTotalBlockingTime: { median: 850 + 30 + 20 + 10, n: 1 },
      oursCount: { median: 1, n: 1 },
      oursLongest: { median: 70, n: 1 },
      oursLargestSlice: { median: 70, n: 1 },
      mixedCount: { median: 2, n: 1 },
      shares: { 'map-chunk': 900, gl: 80, ours: 70, 'page-chunk': 60 },
      owners: { 'map-chunk': 1, gl: 1, ours: 1, 'page-chunk': 1 },
      attribution: 'chunks',
    });
    expect(result.steps).toEqual([
      { step: 'plateau', blocking: 150, longest: 200, worst: 300, source: 'map chunks' },
    ]);
  });

  it('keeps the timings, and says nothing of the causes, when the profiled pass failed', () => {
    const result = aggregateProfile({ profile: DESKTOP, plain: [], story: timed, profiled: null });
    expect(result.longTasks).toMatchObject({
      totalBlockingTime: { median: 150 },
      profiledTotalBlockingTime: null,
      shares: {},
      owners: {},
      attribution: 'not measured',
    });
    expect(result.steps[0]?.source).toBeNull();
  });
});
