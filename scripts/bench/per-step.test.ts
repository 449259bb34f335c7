import { describe, expect, it } from 'vitest';
import { perStep, stepMarks, summarizeSteps } from './per-step';
import type { LongTask } from './trace';

const task = (start: number, duration: number, extra: Partial<LongTask> = {}): LongTask => ({
  start,
  duration,
  shares: { gl: duration },
  owner: 'gl',
  ...extra,
});

describe('stepMarks', () => {
  it("reads the steps' marks in order, in ms from the origin", () => {
    const mark = (name: string, ts: number) => ({
      name,
      cat: 'blink.user_timing',
      ph: 'R',
      ts,
      pid: 1,
      tid: 1,
    });
    expect(
      stepMarks(
        [mark('bench-step:b', 3_000_000), mark('bench-step:a', 1_500_000), mark('other', 0)],
        1_000_000,
      ),
    ).toEqual([
      { step: 'a', at: 500 },
      { step: 'b', at: 2000 },
    ]);
  });
});

describe('perStep', () => {
  const marks = [
    { step: 'plateau', at: 0 },
    { step: 'hazards', at: 1500 },
  ];

  it('gives each step the tasks that start in its interval, the last up to the end', () => {
    const tasks = [
      task(100, 600, { glCall: 'CheckFramebufferStatus' }),
      task(900, 80),
      task(1600, 120, { owner: 'map', shares: { map: 120 } }),
      task(3100, 90),
    ];
    expect(perStep(tasks, marks, 3000)).toEqual([
      {
        step: 'plateau',
        blocking: 550 + 30,
        longest: 600,
        source: 'GL calls (software GPU): CheckFramebufferStatus',
      },
      { step: 'hazards', blocking: 70, longest: 120, source: 'MapLibre/deck.gl' },
    ]);
  });

  it('gives a step without long tasks zeros and no source', () => {
    expect(perStep([], marks, 3000)[0]).toEqual({
      step: 'plateau',
      blocking: 0,
      longest: 0,
      source: null,
    });
  });
});

describe('summarizeSteps', () => {
  const run = (longest: number, source: string) => [
    { step: 'plateau', blocking: longest - 50, longest, source },
  ];

  it('takes medians per step, the worst run, and the source the profiled pass found', () => {
    expect(
      summarizeSteps([run(100, 'a'), run(900, 'b'), run(200, 'c')], run(1400, 'profiled')),
    ).toEqual([{ step: 'plateau', blocking: 150, longest: 200, worst: 900, source: 'profiled' }]);
  });

  it('names no source for a step with no long task in any timed run', () => {
    const quiet = [{ step: 'plateau', blocking: 0, longest: 0, source: null }];
    expect(summarizeSteps([quiet, quiet], run(120, 'profiled'))).toEqual([
      { step: 'plateau', blocking: 0, longest: 0, worst: 0, source: null },
    ]);
  });

  it('names no source without a profiled pass, rather than one a timed pass cannot know', () => {
    expect(summarizeSteps([run(100, 'a')], [])).toEqual([
      { step: 'plateau', blocking: 50, longest: 100, worst: 100, source: null },
    ]);
  });
});
