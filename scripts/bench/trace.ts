import type { Share } from './attribution';

/** The fields of a Chrome trace event the bench reads. Times are microseconds. */
export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: { readonly name?: string; readonly data?: Record<string, unknown> };
}

export interface LongTask {
  /** Milliseconds from the window's start (or the trace's first task). */
  readonly start: number;
  readonly duration: number;
  /** Milliseconds of the task per kind of work. */
  readonly shares: Partial<Record<Share, number>>;
  /** The kind of work that took most of it. */
  readonly owner: Share;
  /** Milliseconds of our own code in it, per source file (where source maps name them). */
  readonly ourSources?: Readonly<Record<string, number>>;
  /** The GL call that took most of its GL time (`CheckFramebufferStatus`), if any did. */
  readonly glCall?: string;
}

export type Classify = (url: string, line: number, column: number) => Share;
/** The original source file at a position of a served script, or null. */
export type SourceOf = (url: string, line: number, column: number) => string | null;

interface CallFrame {
  readonly url?: string;
  readonly functionName?: string;
  readonly lineNumber?: number;
  readonly columnNumber?: number;
}
interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: CallFrame;
}
type Interval = readonly [number, number];

/** The scheduler's task event (category `toplevel`), or DevTools' name for it. */
const TASK_NAMES = ['ThreadControllerImpl::RunTask', 'RunTask'];
const GC_NAMES = new Set(['MinorGC', 'MajorGC']);
const GL_CALL_PREFIX = 'GLES2Implementation::';

/**
 * The page's renderer main thread: the CrRendererMain thread that ran the most script, or, in
 * a timed pass that records no script events, the one that ran the most tasks.
 */
export function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const key = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map(key),
  );
  const countOn = (counted: (event: TraceEvent) => boolean) => {
    const counts = new Map<string, number>();
    for (const event of events) {
      if (counted(event) && mains.has(key(event))) {
        counts.set(key(event), (counts.get(key(event)) ?? 0) + 1);
      }
    }
    return counts;
  };
  const scripts = countOn((event) => event.name === 'FunctionCall');
  const counts = scripts.size ? scripts : countOn((event) => TASK_NAMES.includes(event.name));
  const best = [...(counts.size ? counts.keys() : mains)].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0),
  )[0];
  if (!best) return null;
  const [pid = 0, tid = 0] = best.split(':').map(Number);
  return { pid, tid };
}

/** The thread's tasks, outermost only (a nested run loop runs tasks inside a task). */
function topLevelTasks(onThread: readonly TraceEvent[]): Interval[] {
  const name = TASK_NAMES.find((candidate) => onThread.some((event) => event.name === candidate));
  const tasks = onThread
    .filter((event) => event.name === name)
    .map((event): Interval => [event.ts, event.ts + (event.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const outer: Interval[] = [];
  for (const task of tasks) {
    const last = outer.at(-1);
    if (!last || task[0] >= last[1]) outer.push(task);
  }
  return outer;
}

/** Sorted, merged intervals. */
export function union(intervals: readonly Interval[]): Interval[] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Time within [start, end) covered by merged intervals. */
export function overlap(merged: readonly Interval[], start: number, end: number): number {
  let total = 0;
  for (const [from, to] of merged) {
    if (from >= end) break;
    total += Math.max(0, Math.min(to, end) - Math.max(from, start));
  }
  return total;
}

/** Whether merged intervals cover a time (binary search). */
function inside(merged: readonly Interval[], time: number): boolean {
  let low = 0;
  let high = merged.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = merged[middle] ?? [0, 0];
    if (time < from) high = middle - 1;
    else if (time >= to) low = middle + 1;
    else return true;
  }
  return false;
}

type Sample = readonly [time: number, share: Share, source: string | null];

/** CPU samples of one thread, as [time, share, our source file] triples, in time order. */
function samplesOf(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  classify: Classify,
  sourceOf: SourceOf | undefined,
): Sample[] {
  const profile = events.find(
    (event) => event.name === 'Profile' && event.pid === thread.pid && event.tid === thread.tid,
  );
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const known = new Map<number, readonly [Share, string | null]>();
  // A sample counts for the innermost frame with a script: a native call for its caller.
  const attribute = (id: number): readonly [Share, string | null] => {
    const cached = known.get(id);
    if (cached) return cached;
    let node = nodes.get(id);
    let found: readonly [Share, string | null] = [
      node?.callFrame.functionName === '(garbage collector)' ? 'gc' : 'browser',
      null,
    ];
    while (node) {
      const { url, lineNumber = 0, columnNumber = 0 } = node.callFrame;
      if (url) {
        const share = classify(url, lineNumber, columnNumber);
        const source =
          share === 'ours' ? (sourceOf?.(url, lineNumber, columnNumber) ?? null) : null;
        found = [share, source];
        break;
      }
      node = node.parent === undefined ? undefined : nodes.get(node.parent);
    }
    known.set(id, found);
    return found;
  };
  let time = Number(profile.args?.data?.startTime ?? profile.ts);
  const samples: Sample[] = [];
  const chunks = events.filter(
    (event) => event.name === 'ProfileChunk' && event.pid === thread.pid && event.id === profile.id,
  );
  for (const chunk of [...chunks].sort((a, b) => a.ts - b.ts)) {
    const data = chunk.args?.data as
      | { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
      | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    ids.forEach((id, index) => {
      time += data?.timeDeltas?.[index] ?? 0;
      samples.push([time, ...attribute(id)]);
    });
  }
  return samples;
}

/** When a `performance.mark` of this name was made, in trace time, if it was. */
export function markTime(events: readonly TraceEvent[], name: string): number | undefined {
  return events.find((event) => event.name === name && (event.cat ?? '').includes('user_timing'))
    ?.ts;
}

/**
 * The WebGL call, by name, that took most time in [start, end): Chromium's `GLES2Implementation`
 * events, the calls the page made (a wait on the GPU process nests inside the call that had to
 * wait), outermost only. The class prefix is dropped.
 */
function topGlCall(glEvents: readonly TraceEvent[], start: number, end: number): string | null {
  const time = new Map<string, number>();
  let reach = -Infinity;
  for (const event of glEvents) {
    if (event.ts < start || event.ts >= end || event.ts < reach) continue;
    reach = event.ts + (event.dur ?? 0);
    const name = event.name.split('::').at(-1) ?? event.name;
    time.set(name, (time.get(name) ?? 0) + (event.dur ?? 0));
  }
  return [...time.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The main thread's tasks over `threshold` ms that start within [from, to) (trace time), each
 * split into GL calls (the `gpu` trace category: command submission and waits on the GPU
 * process, software-rendered here), garbage collection, JavaScript by whose code was running
 * (CPU samples, `classify`), and the rest (style, layout, paint, other browser work).
 */
export function longTasks(
  events: readonly TraceEvent[],
  classify: Classify,
  range: { readonly from?: number; readonly to?: number; readonly threshold?: number } = {},
  sourceOf?: SourceOf,
): LongTask[] {
  const { from = -Infinity, to = Infinity, threshold = 50 } = range;
  const thread = mainThread(events);
  if (!thread) return [];
  const onMain = events.filter(
    (event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X',
  );
  const spans = (keep: (event: TraceEvent) => boolean) =>
    union(onMain.filter(keep).map((event): Interval => [event.ts, event.ts + (event.dur ?? 0)]));
  const isGl = (event: TraceEvent) => (event.cat ?? '').split(',').includes('gpu');
  const gl = spans(isGl);
  const glEvents = onMain
    .filter((event) => isGl(event) && event.name.startsWith(GL_CALL_PREFIX))
    .sort((a, b) => a.ts - b.ts);
  const gc = spans((event) => GC_NAMES.has(event.name));
  const tasks = topLevelTasks(onMain);
  const origin = Number.isFinite(from) ? from : (tasks[0]?.[0] ?? 0);
  const samples = samplesOf(events, thread, classify, sourceOf);
  const long = tasks.filter(
    ([start, end]) => start >= from && start < to && end - start > threshold * 1000,
  );
  return long.map(([start, end]) => {
    const shares: Partial<Record<Share, number>> = {};
    const add = (share: Share, micros: number) => {
      if (micros > 0) shares[share] = (shares[share] ?? 0) + micros / 1000;
    };
    const glTime = overlap(gl, start, end);
    const gcTime = overlap(gc, start, end);
    add('gl', glTime);
    add('gc', gcTime);
    const own = samples.filter(
      ([time]) => time >= start && time < end && !inside(gl, time) && !inside(gc, time),
    );
    const weights = own.map(([time], index) =>
      Math.min((own[index + 1]?.[0] ?? end) - time, 10_000),
    );
    const sampled = weights.reduce((sum, weight) => sum + weight, 0);
    const room = Math.max(0, end - start - glTime - gcTime);
    const scale = sampled > room ? room / sampled : 1;
    const ourSources: Record<string, number> = {};
    own.forEach(([, share, source], index) => {
      const time = (weights[index] ?? 0) * scale;
      add(share, time);
      if (source) ourSources[source] = (ourSources[source] ?? 0) + time / 1000;
    });
    add('browser', room - sampled * scale);
    const owner = (Object.entries(shares) as [Share, number][]).sort((a, b) => b[1] - a[1])[0];
    const glCall = glTime > 0 ? topGlCall(glEvents, start, end) : null;
    return {
      start: (start - origin) / 1000,
      duration: (end - start) / 1000,
      shares,
      owner: owner?.[0] ?? 'browser',
      ...(Object.keys(ourSources).length > 0 ? { ourSources } : {}),
      ...(glCall ? { glCall } : {}),
    };
  });
}
