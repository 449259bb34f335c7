import { describe, expect, it } from 'vitest';
import type { Share } from './attribution';
import { longTasks, mainThread, markTime, overlap, union, type TraceEvent } from './trace';

const meta = (tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid: 1,
  tid,
  args: { name },
});
const span = (name: string, ts: number, dur: number, cat = 'toplevel', tid = 1): TraceEvent => ({
  name,
  cat,
  ph: 'X',
  ts,
  dur,
  pid: 1,
  tid,
});

/** A CPU profile of the main thread: each sample 1 ms apart, starting at `start`. */
function profile(start: number, samples: number[]): TraceEvent[] {
  const frame = (url: string, functionName = '') => ({
    url,
    functionName,
    lineNumber: 0,
    columnNumber: 0,
  });
  return [
    {
      name: 'Profile',
      ph: 'P',
      ts: start,
      pid: 1,
      tid: 1,
      id: '0x1',
      args: { data: { startTime: start } },
    },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ts: start + 1,
      pid: 1,
      tid: 9,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: frame('', '(root)') },
              { id: 2, parent: 1, callFrame: frame('http://x/ours.js') },
              { id: 3, parent: 1, callFrame: frame('http://x/map.js') },
              { id: 4, parent: 3, callFrame: frame('', 'nativeCall') },
              { id: 5, parent: 1, callFrame: frame('', '(program)') },
            ],
            samples,
          },
          timeDeltas: samples.map((_, index) => (index === 0 ? 0 : 1000)),
        },
      },
    },
  ];
}

const classify = (url: string): Share => (url.includes('ours') ? 'ours' : 'map');

describe('intervals', () => {
  it('merges overlapping intervals and measures the overlap with a window', () => {
    const merged = union([
      [5, 10],
      [0, 3],
      [8, 12],
    ]);
    expect(merged).toEqual([
      [0, 3],
      [5, 12],
    ]);
    expect(overlap(merged, 2, 6)).toBe(2);
  });
});

describe('mainThread', () => {
  it('picks the renderer main thread that ran script', () => {
    const events = [
      meta(1, 'CrRendererMain'),
      meta(2, 'CrRendererMain'),
      span('FunctionCall', 0, 1, 'devtools.timeline', 2),
    ];
    expect(mainThread(events)).toEqual({ pid: 1, tid: 2 });
  });

  it('without script events (a timed pass), picks the one that ran the most tasks', () => {
    const events = [
      meta(1, 'CrRendererMain'),
      meta(2, 'CrRendererMain'),
      span('ThreadControllerImpl::RunTask', 0, 1, 'toplevel', 1),
      span('ThreadControllerImpl::RunTask', 0, 1, 'toplevel', 2),
      span('ThreadControllerImpl::RunTask', 2, 3, 'toplevel', 2),
    ];
    expect(mainThread(events)).toEqual({ pid: 1, tid: 2 });
  });
});

describe('longTasks', () => {
  // One 100 ms task: 40 ms of GL calls, then 60 ms sampled: 30 ours, 20 map (10 of them in a
  // native call the map code made), 10 program.
  const samples = [
    ...Array<number>(40).fill(3),
    ...Array<number>(30).fill(2),
    ...Array<number>(10).fill(3),
    ...Array<number>(10).fill(4),
    ...Array<number>(10).fill(5),
  ];
  const events: TraceEvent[] = [
    meta(1, 'CrRendererMain'),
    span('ThreadControllerImpl::RunTask', 0, 100_000),
    span('ThreadControllerImpl::RunTask', 200_000, 20_000),
    span('RunTask', 0, 100_000, 'disabled-by-default-devtools.timeline'),
    span('CommandBufferProxyImpl::WaitForGetOffset', 0, 40_000, 'gpu'),
    span('GLES2Implementation::GetShaderiv', 10_000, 10_000, 'gpu'),
    ...profile(0, samples),
  ];

  it('finds tasks over 50 ms once, outermost only, and splits their time', () => {
    const tasks = longTasks(events, classify);
    expect(tasks).toHaveLength(1);
    const [task] = tasks;
    expect(task?.duration).toBe(100);
    expect(task?.owner).toBe('gl');
    expect(task?.shares.gl).toBeCloseTo(40);
    expect(task?.shares.ours).toBeCloseTo(30);
    expect(task?.shares.map).toBeCloseTo(20);
    expect(task?.shares.browser).toBeCloseTo(10);
    expect(Object.values(task?.shares ?? {}).reduce((sum, ms) => sum + ms, 0)).toBeCloseTo(100);
  });

  it('names the WebGL call that took most of its GL time', () => {
    const calls = [
      ...events,
      span('GLES2Implementation::CheckFramebufferStatus', 20_000, 15_000, 'gpu'),
      span('GLES2Implementation::GetError', 22_000, 1_000, 'gpu'),
    ];
    expect(longTasks(calls, classify)[0]?.glCall).toBe('CheckFramebufferStatus');
    expect(longTasks(events, classify)[0]?.glCall).toBe('GetShaderiv');
  });

  it("splits our code's time by source file where the source maps name it", () => {
    const [task] = longTasks(events, classify, {}, (url) =>
      url.includes('ours') ? 'lib/map/rows.ts' : null,
    );
    expect(task?.ourSources).toEqual({ 'lib/map/rows.ts': expect.closeTo(30) as number });
    expect(longTasks(events, classify)[0]?.ourSources).toBeUndefined();
  });

  it('keeps to the window between two marks', () => {
    expect(longTasks(events, classify, { from: 50_000 })).toHaveLength(0);
    expect(longTasks(events, classify, { threshold: 10 })).toHaveLength(2);
  });

  it('finds performance marks by name', () => {
    const mark: TraceEvent = {
      name: 'bench-scroll-start',
      cat: 'blink.user_timing',
      ph: 'R',
      ts: 42,
      pid: 1,
      tid: 1,
    };
    expect(markTime([mark], 'bench-scroll-start')).toBe(42);
    expect(markTime([mark], 'other')).toBeUndefined();
  });
});
