import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The JSON the bench saves (bench-results/bench-<timestamp>.json): one schema, so the file
 * can be read back and compared across runs. Milliseconds, bytes; `Summary` is a figure's
 * median with the min–max of its runs.
 */

const summary = z.object({
  median: z.number(),
  min: z.number(),
  max: z.number(),
  n: z.number().int().positive(),
});
const maybe = summary.nullable();
const numbers = z.record(z.string(), z.number());

const paints = z.object({ fcp: maybe, lcp: maybe, lcpElement: z.string().nullable() });

const longTaskSummary = z.object({
  count: maybe,
  totalBlockingTime: maybe,
  longest: maybe,
  /** The same pass's blocking time with the CPU profiler on (the attribution pass). */
  profiledTotalBlockingTime: maybe.default(null),
  oursCount: maybe,
  oursLongest: maybe,
  oursLargestSlice: maybe,
  /**
   * From here to `attribution`: the profiled pass, one per size (before the bench timed and
   * profiled the same passes, these were medians and sums over the runs).
   * Our source files in the task with our code's largest slice, with their milliseconds in it.
   */
  oursWorstSources: z.array(z.tuple([z.string(), z.number()])).default([]),
  mixedCount: maybe,
  /** Milliseconds of long-task time per kind of work. */
  shares: numbers,
  /** Long tasks each kind of work dominated. */
  owners: numbers,
  attribution: z.string(),
  scrollSeconds: maybe,
  reachedEnd: z.array(z.boolean()),
});

/**
 * One step change over all runs: median blocking and longest task, and the worst run's; what
 * took most of its longest task in the profiled pass.
 */
const stepSummary = z.object({
  step: z.string(),
  blocking: z.number(),
  longest: z.number(),
  worst: z.number(),
  source: z.string().nullable(),
});

const profileResult = z.object({
  description: z.string(),
  paint: z.object({ story: paints, plain: paints, fcpRatio: maybe, lcpRatio: maybe }),
  firstSettle: maybe,
  /** From navigation until the map had prepared later scenes' shaders. */
  prepared: maybe.default(null),
  longTasks: longTaskSummary.nullable(),
  /** The 95th-percentile interval between animation frames while scrolling. */
  frameP95: maybe.default(null),
  steps: z.array(stepSummary).default([]),
});

export const VERDICTS = ['met', 'not met', 'not measured'] as const;

export const benchResultSchema = z.object({
  schema: z.literal('guizhou-story-bench/1'),
  startedAt: z.string(),
  durationSeconds: z.number(),
  environment: z.object({ node: z.string(), chromium: z.string(), cpus: z.number() }),
  options: z.object({
    runs: z.number(),
    passes: z.number(),
    build: z.boolean(),
    sourceMaps: z.boolean(),
    lighthouse: z.boolean(),
    quick: z.boolean(),
    saveTraces: z.boolean().default(false),
  }),
  exportDir: z.object({ path: z.string(), built: z.boolean() }),
  bytes: z.object({
    jsBeforeMap: z.number(),
    mapCode: z.number(),
    dataAll: z.number(),
    dataPerScene: numbers,
    firstSceneData: z.number(),
    scriptsBeforeMap: z.number(),
    mapChunks: z.number(),
  }),
  requests: z.object({
    firstLoad: maybe,
    fullPass: maybe,
    serviceWorker: maybe,
    /** Every host any run's requests went to, with counts. */
    hosts: numbers,
    foreign: z.array(z.string()),
    dataFilesFetched: maybe,
    dataFilesTotal: z.number(),
  }),
  profiles: z.object({ desktop: profileResult, phone: profileResult }),
  deepLink: z.object({ step: z.string(), firstStep: maybe, lastStep: maybe, ratio: maybe }),
  heap: z
    .object({
      profile: z.string(),
      passes: z.number(),
      afterOne: z.number(),
      afterAll: z.number(),
      ratio: z.number(),
      passSeconds: z.array(z.number()),
      method: z.string(),
      // Absent from results saved before it was measured.
      idleBusyShare: z.number().optional(),
    })
    .nullable(),
  lighthouse: z
    .array(
      z.object({
        preset: z.enum(['mobile', 'desktop']),
        page: z.enum(['story', 'plain']),
        scores: z.record(z.string(), z.number().nullable()),
        metrics: z.record(z.string(), z.number().nullable()),
        failing: z.array(
          z.object({ category: z.string(), id: z.string(), score: z.number(), value: z.string() }),
        ),
        // Absent from results saved before it was recorded.
        warmUpReached: z.string().nullable().optional(),
      }),
    )
    .nullable(),
  budgets: z.array(
    z.object({
      name: z.string(),
      target: z.string(),
      value: z.string(),
      verdict: z.enum(VERDICTS),
    }),
  ),
  errors: z.array(z.string()),
});

export type BenchResult = z.infer<typeof benchResultSchema>;
export type ProfileResult = z.infer<typeof profileResult>;
export type Budget = BenchResult['budgets'][number];

/** `bench-<timestamp>.json`, sortable, safe in file names. */
export function resultFileName(startedAt: Date): string {
  return `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** Checks the result against the schema and writes it; returns the file's path. */
export function saveResult(dir: string, result: BenchResult): string {
  const checked = benchResultSchema.parse(result);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, resultFileName(new Date(checked.startedAt)));
  writeFileSync(file, `${JSON.stringify(checked, null, 2)}\n`);
  return file;
}
