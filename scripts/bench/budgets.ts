import { count, kib, KIB, ms, times } from './format';
import type { BenchResult, Budget } from './results';
import type { Summary } from './stats';

type Measured = Omit<BenchResult, 'budgets'>;

const verdict = (met: boolean | null): Budget['verdict'] =>
  met === null ? 'not measured' : met ? 'met' : 'not met';

/** A byte budget; `limit` in KiB, or in KB (1,000 bytes) where the target was set in KB. */
function bytesBudget(
  name: string,
  bytes: number,
  limit: number,
  unit: 'KiB' | 'KB' = 'KiB',
): Budget {
  const over = bytes - limit * (unit === 'KB' ? 1000 : KIB);
  return {
    name,
    target: `≤ ${limit} ${unit} gzip`,
    value: over > 0 ? `${kib(bytes)} (${kib(over)} over)` : kib(bytes),
    verdict: verdict(over <= 0),
  };
}

function ratioBudget(name: string, ratio: Summary | null, limit: number): Budget {
  return {
    name,
    target: `≤ ${times(limit)}`,
    value: ratio ? times(ratio.median) : '—',
    verdict: verdict(ratio ? ratio.median <= limit : null),
  };
}

function lighthouseBudget(
  result: Measured,
  category: string,
  label: string,
  minimum: number,
  presets: readonly ('mobile' | 'desktop')[],
): Budget {
  const runs = (result.lighthouse ?? []).filter(
    (run) => run.page === 'story' && presets.includes(run.preset),
  );
  const scores = runs.map((run) => run.scores[category]);
  const measured = runs.length === presets.length && scores.every((score) => score != null);
  return {
    name: `Lighthouse ${label}${presets.length === 1 ? ` (${presets[0]} preset)` : ''}`,
    target: minimum === 100 ? '100 on both presets' : `≥ ${minimum}`,
    value: runs.length
      ? runs.map((run) => `${run.scores[category] ?? '—'} ${run.preset}`).join(', ')
      : '—',
    verdict: verdict(measured ? scores.every((score) => (score ?? 0) >= minimum) : null),
  };
}

/**
 * No long task our own code dominates, and none with over 50 ms of our code in it: read from the
 * profiled pass, whose profiler lengthens tasks, so the check is stricter than a reader's pass.
 */
function ourLongTasks(result: Measured, profile: 'desktop' | 'phone'): Budget {
  const tasks = result.profiles[profile].longTasks;
  const name = `No long task from our code over 50 ms while scrolling (${profile})`;
  const target = '0 tasks';
  if (!tasks?.oursCount || !tasks.mixedCount)
    return { name, target, value: '—', verdict: 'not measured' };
  const ours = tasks.oursCount.max;
  const slice = tasks.oursLargestSlice?.max ?? 0;
  if (tasks.attribution === 'source-maps') {
    return {
      name,
      target,
      value: `${count(ours)}, largest slice ${Math.round(slice)} ms`,
      verdict: verdict(ours === 0 && slice <= 50),
    };
  }
  const mixed = tasks.mixedCount.max;
  return {
    name,
    target,
    // Without source maps, our code shares chunks with React and the map libraries.
    value: mixed === 0 ? '0 (by chunk)' : `${count(mixed)} unattributed: --source-maps`,
    verdict: mixed === 0 ? 'met' : 'not measured',
  };
}

/** A figure from the reader's pass through the story that must stay at or under `limit` ms. */
function scrollBudget(
  name: string,
  summary: Summary | null | undefined,
  limit: number,
  unit: (value: number) => string = ms,
): Budget {
  return {
    name,
    target: `≤ ${unit(limit)}`,
    value: summary ? unit(summary.median) : '—',
    verdict: verdict(summary ? summary.median <= limit : null),
  };
}

function lighthouseBlocking(result: Measured, preset: 'mobile' | 'desktop', limit: number): Budget {
  const run = (result.lighthouse ?? []).find(
    (audit) => audit.page === 'story' && audit.preset === preset,
  );
  const value = run?.metrics['total-blocking-time'];
  const budget = scrollBudget(
    `Lighthouse total blocking time (${preset} preset)`,
    value == null ? null : { median: value, min: value, max: value, n: 1 },
    limit,
  );
  // A trace that ended before the warm-up did left some of the page's blocking uncounted.
  const reached = run?.warmUpReached;
  if (reached == null || reached === 'done') return budget;
  return {
    ...budget,
    value: `${budget.value} (trace ended at ${reached})`,
    verdict: 'not measured',
  };
}

/** The reader's pass, step by step, at one profile: blocking, longest task, frame interval. */
function passBudgets(result: Measured, profile: 'desktop' | 'phone'): Budget[] {
  const figures = result.profiles[profile];
  return [
    scrollBudget(
      `Scroll: total blocking time (${profile})`,
      figures.longTasks?.totalBlockingTime,
      1500,
    ),
    scrollBudget(`Scroll: longest task (${profile})`, figures.longTasks?.longest, 300),
    scrollBudget(`Scroll: 95th-percentile frame interval (${profile})`, figures.frameP95, 400),
  ];
}

/** Every budget the issue names, with the figure it is judged on. */
export function evaluateBudgets(result: Measured): Budget[] {
  const { bytes, profiles, heap } = result;
  return [
    // Next's App Router runtime with React is about 132 KiB of it on its own.
    bytesBudget('JavaScript before the map (CI)', bytes.jsBeforeMap, 150, 'KB'),
    bytesBudget("The map's code, worker included (CI)", bytes.mapCode, 600),
    bytesBudget('All map data (CI)', bytes.dataAll, 1024),
    bytesBudget("The first scene's data (CI)", bytes.firstSceneData, 300),
    {
      name: 'Requests to other hosts',
      target: '0',
      value: String(result.requests.foreign.length),
      verdict: verdict(result.requests.firstLoad ? result.requests.foreign.length === 0 : null),
    },
    ratioBudget('Story LCP vs the plain page (desktop)', profiles.desktop.paint.lcpRatio, 1.2),
    ratioBudget('Story LCP vs the plain page (phone)', profiles.phone.paint.lcpRatio, 1.2),
    lighthouseBudget(result, 'accessibility', 'accessibility', 100, ['mobile', 'desktop']),
    lighthouseBudget(result, 'best-practices', 'best practices', 100, ['mobile', 'desktop']),
    lighthouseBudget(result, 'seo', 'SEO', 100, ['mobile', 'desktop']),
    lighthouseBudget(result, 'performance', 'performance', 90, ['mobile']),
    lighthouseBlocking(result, 'mobile', 3000),
    lighthouseBlocking(result, 'desktop', 750),
    ...passBudgets(result, 'desktop'),
    ...passBudgets(result, 'phone'),
    ratioBudget('Deep link to the last step settles vs the first step', result.deepLink.ratio, 1.3),
    ratioBudget(
      `Heap after ${heap?.passes ?? 'N'} passes vs after one`,
      heap ? { median: heap.ratio, min: heap.ratio, max: heap.ratio, n: 1 } : null,
      1.2,
    ),
    ourLongTasks(result, 'desktop'),
    ourLongTasks(result, 'phone'),
  ];
}
