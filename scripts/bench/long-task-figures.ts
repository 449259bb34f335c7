import type { Share } from './attribution';
import type { LongTask } from './trace';

export type AttributionMode = 'source-maps' | 'chunks' | 'partly source-mapped';

/** One scroll's long tasks, summed up. Milliseconds. */
export interface LongTaskFigures {
  readonly count: number;
  /** The sum of each long task's time over 50 ms. */
  readonly totalBlockingTime: number;
  readonly longest: number;
  /** Time spent in long tasks, by kind of work. */
  readonly shares: Partial<Record<Share, number>>;
  /** How many long tasks each kind of work dominated. */
  readonly owners: Partial<Record<Share, number>>;
  /** Long tasks dominated by our own code, and the longest of them (0 if none). */
  readonly ours: { readonly count: number; readonly longest: number };
  /** The most time our own code took inside any one long task. */
  readonly oursLargestSlice: number;
  /** That task's share of our code per source file, most first (empty without source maps). */
  readonly oursLargestSliceSources: readonly (readonly [string, number])[];
  /** Long tasks dominated by chunks that mix our code with libraries (no source maps). */
  readonly mixed: { readonly count: number; readonly longest: number };
  readonly attribution: AttributionMode;
}

const MIXED: readonly Share[] = ['page-chunk', 'map-chunk'];

export function summarizeLongTasks(
  tasks: readonly LongTask[],
  attribution: AttributionMode,
): LongTaskFigures {
  const shares: Partial<Record<Share, number>> = {};
  const owners: Partial<Record<Share, number>> = {};
  for (const task of tasks) {
    owners[task.owner] = (owners[task.owner] ?? 0) + 1;
    for (const [share, time] of Object.entries(task.shares) as [Share, number][]) {
      shares[share] = (shares[share] ?? 0) + time;
    }
  }
  const longestOf = (list: readonly LongTask[]) =>
    list.reduce((longest, task) => Math.max(longest, task.duration), 0);
  const ours = tasks.filter((task) => task.owner === 'ours');
  const mixed = tasks.filter((task) => MIXED.includes(task.owner));
  const largest = tasks.reduce<LongTask | undefined>(
    (most, task) => ((task.shares.ours ?? 0) > (most?.shares.ours ?? 0) ? task : most),
    undefined,
  );
  return {
    count: tasks.length,
    totalBlockingTime: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longest: longestOf(tasks),
    shares,
    owners,
    ours: { count: ours.length, longest: longestOf(ours) },
    oursLargestSlice: largest ? (largest.shares.ours ?? 0) : 0,
    oursLargestSliceSources: Object.entries(largest?.ourSources ?? {}).sort((a, b) => b[1] - a[1]),
    mixed: { count: mixed.length, longest: longestOf(mixed) },
    attribution,
  };
}
