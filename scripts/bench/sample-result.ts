import { parseBenchArgs, type BenchOptions } from './args';
import { evaluateBudgets } from './budgets';
import type { BenchResult, ProfileResult } from './results';
import type { Summary } from './stats';

/** A made-up but complete result, for the table's, the budgets' and the schema's tests. */

const of = (median: number, min = median, max = median, n = 5): Summary => ({
  median,
  min,
  max,
  n,
});

const profile = (description: string, lcpRatio: number): ProfileResult => ({
  description,
  paint: {
    story: { fcp: of(900, 850, 1000), lcp: of(1100, 1000, 1300), lcpElement: 'p.dek' },
    plain: { fcp: of(800), lcp: of(1000), lcpElement: 'p.dek' },
    fcpRatio: of(1.1),
    lcpRatio: of(lcpRatio),
  },
  firstSettle: of(9000),
  prepared: of(16_000),
  longTasks: {
    count: of(17, 15, 20),
    totalBlockingTime: of(8000),
    longest: of(3600),
    profiledTotalBlockingTime: of(15_000, 15_000, 15_000, 1),
    oursCount: of(0),
    oursLongest: of(0),
    oursLargestSlice: of(12),
    oursWorstSources: [['lib/map/rows.ts', 8]],
    mixedCount: of(0),
    shares: { gl: 6000, map: 1800, ours: 20 },
    owners: { gl: 40, map: 45 },
    attribution: 'source-maps',
    scrollSeconds: of(18.4),
    reachedEnd: [true, true, true, true, true],
  },
  frameP95: of(350, 233, 400),
  steps: [
    {
      step: 'plateau',
      blocking: 627,
      longest: 639,
      worst: 773,
      source: 'GL calls (software GPU): CheckFramebufferStatus',
    },
    { step: 'hazards', blocking: 8, longest: 58, worst: 60, source: 'MapLibre/deck.gl' },
    { step: 'moutai', blocking: 0, longest: 0, worst: 0, source: null },
  ],
});

/** The options of a plain `npm run bench`, as args.test.ts spells them out. */
function plainRun(): BenchOptions {
  const options = parseBenchArgs([]);
  if (options === 'help') throw new Error('no arguments cannot ask for help');
  return options;
}

export function sampleResult(): BenchResult {
  const measured: Omit<BenchResult, 'budgets'> = {
    schema: 'guizhou-story-bench/1',
    startedAt: '2026-11-29T06:00:00.000Z',
    durationSeconds: 600,
    environment: { node: 'v20.20.2', chromium: '156.0.0.0', cpus: 2 },
    options: plainRun(),
    exportDir: { path: 'out', built: false },
    bytes: {
      jsBeforeMap: 152_000,
      mapCode: 558_285,
      dataAll: 659_968,
      dataPerScene: { china: 93_286, guizhou: 126_669 },
      firstSceneData: 93_286,
      scriptsBeforeMap: 7,
      mapChunks: 10,
    },
    requests: {
      firstLoad: of(30),
      fullPass: of(72, 70, 75),
      serviceWorker: of(164),
      hosts: { '127.0.0.1:4000': 436 },
      foreign: [],
      dataFilesFetched: of(24),
      dataFilesTotal: 28,
    },
    profiles: {
      desktop: profile('desktop 1280x800, no throttling', 1.1),
      phone: profile('phone 390x844', 1.3),
    },
    deepLink: { step: 'verdict', firstStep: of(10_000), lastStep: of(9000), ratio: of(0.9) },
    heap: {
      profile: 'desktop',
      passes: 20,
      afterOne: 18_000_000,
      afterAll: 19_800_000,
      ratio: 1.1,
      passSeconds: [30, 25],
      method: 'CDP',
      idleBusyShare: 0.002,
    },
    lighthouse: [
      {
        preset: 'mobile',
        page: 'story',
        scores: { performance: 54, accessibility: 100, 'best-practices': 100, seo: 100 },
        metrics: { 'largest-contentful-paint': 3200, 'total-blocking-time': 17_500 },
        failing: [
          { category: 'performance', id: 'total-blocking-time', score: 0, value: '17,510 ms' },
        ],
      },
      {
        preset: 'mobile',
        page: 'plain',
        scores: { performance: 90, accessibility: 100, 'best-practices': 96, seo: 100 },
        metrics: { 'largest-contentful-paint': 1200, 'total-blocking-time': 400 },
        failing: [],
      },
      {
        preset: 'desktop',
        page: 'story',
        scores: { performance: 59, accessibility: 100, 'best-practices': 100, seo: 100 },
        metrics: { 'total-blocking-time': 600 },
        failing: [],
      },
    ],
    errors: [],
  };
  return { ...measured, budgets: evaluateBudgets(measured) };
}
