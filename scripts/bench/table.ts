import { SHARE_LABELS, type Share } from './attribution';
import { count, kib, median, mib, ms, spread, times } from './format';
import { REST_WATCHED_MS } from './heap';
import type { BenchResult, ProfileResult } from './results';
import type { Summary } from './stats';

/** A table row: a section title (no cells) or a figure with its cells. */
export interface Row {
  readonly label: string;
  readonly cells?: readonly string[];
}

export const HEADER = ['figure', 'median', 'min–max (runs)', 'note'] as const;

/** Pads columns to their widest cell; section rows stand alone with a rule above. */
export function formatTable(header: readonly string[], rows: readonly Row[]): string {
  const all = [{ label: header[0] ?? '', cells: header.slice(1) }, ...rows];
  const widths = header.map((_, column) =>
    Math.max(
      ...all
        .filter((row) => row.cells)
        .map((row) => (column === 0 ? row.label.length : (row.cells?.[column - 1] ?? '').length)),
    ),
  );
  const line = (row: Row) =>
    [row.label, ...(row.cells ?? [])]
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((sum, width) => sum + width + 2, -2));
  return [
    line(all[0] ?? { label: '' }),
    rule,
    ...rows.map((row) => (row.cells ? line(row) : `${row.label}`)),
  ].join('\n');
}

const figure = (
  label: string,
  summary: Summary | null | undefined,
  unit: (v: number) => string,
  note = '',
): Row => ({
  label: `  ${label}`,
  cells: [median(summary, unit), spread(summary, unit), note],
});
const fixed = (label: string, value: string, note = ''): Row => ({
  label: `  ${label}`,
  cells: [value, '', note],
});

function paintRows(profile: ProfileResult): Row[] {
  const { story, plain, fcpRatio, lcpRatio } = profile.paint;
  return [
    { label: `Paint: ${profile.description}` },
    figure('FCP, story', story.fcp, ms),
    figure('FCP, plain page (the floor)', plain.fcp, ms),
    figure('FCP ratio, story / plain', fcpRatio, times),
    figure('LCP, story', story.lcp, ms, story.lcpElement ? `element ${story.lcpElement}` : ''),
    figure('LCP, plain page', plain.lcp, ms, plain.lcpElement ? `element ${plain.lcpElement}` : ''),
    figure('LCP ratio, story / plain', lcpRatio, times, 'budget ≤ 1.20x'),
  ];
}

function longTaskRows(name: string, profile: ProfileResult): Row[] {
  const tasks = profile.longTasks;
  if (!tasks) return [];
  const byKind = (record: Record<string, number>, unit: (value: number) => string) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .map(([share, value]) =>
        fixed(`      ${SHARE_LABELS[share as Share] ?? share}`, unit(value)),
      );
  const ends = tasks.reachedEnd.every(Boolean)
    ? 'reached the end in every run'
    : `reached the end: ${tasks.reachedEnd.join(', ')}`;
  return [
    {
      label: `Long tasks while reading the whole story, ${name} (a smooth scroll to the next step every 1.5 s, CPU unthrottled)`,
    },
    figure(
      'map prepared later scenes, from navigation',
      profile.prepared,
      ms,
      'the pass starts then',
    ),
    figure('long tasks', tasks.count, count),
    figure('total blocking time', tasks.totalBlockingTime, ms, 'budget ≤ 1500 ms'),
    figure('longest task', tasks.longest, ms, 'budget ≤ 300 ms'),
    figure('95th-percentile frame interval', profile.frameP95, ms, 'budget ≤ 400 ms'),
    figure('the pass took', tasks.scrollSeconds, (value) => `${value.toFixed(1)} s`, ends),
    {
      label: `  What took them: one more pass with the CPU profiler on, which lengthens the tasks`,
    },
    figure('  total blocking time, profiled', tasks.profiledTotalBlockingTime, ms, 'not a budget'),
    figure('  dominated by our code', tasks.oursCount, count, `attribution: ${tasks.attribution}`),
    figure("  our code's largest slice of one task", tasks.oursLargestSlice, ms),
    // In the last column, which nothing follows: a list this long would widen every row.
    ...(tasks.oursWorstSources.length > 0
      ? [
          fixed(
            '    in that task, by file',
            '',
            tasks.oursWorstSources.map(([file, time]) => `${file} ${ms(time)}`).join(', '),
          ),
        ]
      : []),
    fixed('  long-task time by kind of work (ms)', ''),
    ...byKind(tasks.shares, ms),
    fixed('  long tasks by what took most of them', ''),
    ...byKind(tasks.owners, count),
  ];
}

/**
 * Each step change's blocking time and longest task (medians over the timed runs), and what
 * took most of its longest task in the profiled pass: where the next regression is.
 */
function stepRows(name: string, profile: ProfileResult): Row[] {
  if (profile.steps.length === 0) return [];
  return [
    {
      label: `Step by step, ${name}: blocking time | longest task, worst run | what took most of it (profiled)`,
    },
    ...profile.steps.map((step) => ({
      label: `  → ${step.step}`,
      cells: [ms(step.blocking), `${ms(step.longest)}, worst ${ms(step.worst)}`, step.source ?? ''],
    })),
  ];
}

/** The figures of a result, section by section, then the budgets. */
export function resultRows(result: BenchResult): Row[] {
  const { bytes, requests, profiles, deepLink, heap } = result;
  const rows: Row[] = [
    { label: 'Bytes (gzip -9, from out/)' },
    fixed(`JavaScript before the map (${bytes.scriptsBeforeMap} scripts)`, kib(bytes.jsBeforeMap)),
    fixed(`Map code, worker included (${bytes.mapChunks} chunks)`, kib(bytes.mapCode)),
    fixed('Map data, all files', kib(bytes.dataAll), 'terrain tiles included'),
    ...Object.entries(bytes.dataPerScene).map(([scene, size]) =>
      fixed(`data of scene ${scene}`, kib(size)),
    ),
    { label: 'Requests (desktop; the page and its workers)' },
    figure('first load, until the first step is settled', requests.firstLoad, count),
    figure('full pass: load, then scroll through every step', requests.fullPass, count),
    figure(
      "service worker's own requests (precache, page fetches)",
      requests.serviceWorker,
      count,
      'after load, when idle',
    ),
    figure(
      'data files fetched in a full pass',
      requests.dataFilesFetched,
      count,
      `of ${requests.dataFilesTotal}`,
    ),
    fixed(
      'requests to other hosts',
      String(requests.foreign.length),
      `hosts: ${Object.entries(requests.hosts)
        .map(([host, n]) => `${host} ${n}`)
        .join(', ')}`,
    ),
    ...paintRows(profiles.desktop),
    ...paintRows(profiles.phone),
    { label: 'Map settled, from navigation (desktop)' },
    figure('first step, /', deepLink.firstStep, ms),
    figure(`deep link to the last step, /#${deepLink.step}`, deepLink.lastStep, ms),
    figure('ratio, deep link / first step', deepLink.ratio, times, 'budget ≤ 1.30x'),
    figure('first step on the phone profile', profiles.phone.firstSettle, ms, 'throttled'),
    ...longTaskRows('desktop', profiles.desktop),
    ...stepRows('desktop', profiles.desktop),
    ...longTaskRows('phone', profiles.phone),
    ...stepRows('phone', profiles.phone),
  ];
  if (heap) {
    rows.push(
      { label: `JS heap, ${heap.profile}, reduced motion (${heap.method})` },
      fixed('after 1 pass', mib(heap.afterOne)),
      fixed(`after ${heap.passes} passes`, mib(heap.afterAll)),
      fixed('ratio', times(heap.ratio), 'budget ≤ 1.20x'),
      fixed('seconds per pass', '', heap.passSeconds.map((s) => s.toFixed(0)).join(' ')),
    );
    if (heap.idleBusyShare !== undefined) {
      rows.push(
        fixed(
          'main thread busy, resting on the last step',
          `${(heap.idleBusyShare * 100).toFixed(1)} %`,
          `of wall time, over ${REST_WATCHED_MS / 1000} s`,
        ),
      );
    }
  }
  for (const run of result.lighthouse ?? []) {
    const metric = (id: string, unit: (v: number) => string) => {
      const value = run.metrics[id];
      return value == null ? '—' : unit(value);
    };
    rows.push(
      {
        label: `Lighthouse 12, ${run.preset} preset, ${run.page === 'plain' ? 'plain page (the floor)' : 'story'} (1 run; simulated throttling)`,
      },
      fixed(
        'performance / accessibility / best practices / SEO',
        ['performance', 'accessibility', 'best-practices', 'seo']
          .map((id) => run.scores[id] ?? '—')
          .join(' / '),
      ),
      fixed(
        'FCP / LCP / TBT / speed index',
        '',
        ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index']
          .map((id) => metric(id, ms))
          .join(' / '),
      ),
      fixed('warm-up phase the trace reached', run.warmUpReached ?? '—'),
      fixed(
        'short of full marks',
        '',
        run.failing.map((audit) => `${audit.id} ${audit.value}`.trim()).join('; ') || 'nothing',
      ),
    );
  }
  rows.push({ label: 'Budgets (value | target | verdict)' });
  for (const budget of result.budgets) {
    rows.push({ label: `  ${budget.name}`, cells: [budget.value, budget.target, budget.verdict] });
  }
  return rows;
}
