import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inSession } from './browser';
import type { Attributor } from './attribution';
import type { StoryStep } from './heap';
import { summarizeLongTasks, type LongTaskFigures } from './long-task-figures';
import { perStep, stepMarks, type StepFigures } from './per-step';
import { preparedAt, readPaints, recordSettles, settledAt, type PaintTimings } from './probes';
import type { Profile } from './profiles';
import {
  dataFilesRequested,
  recordRequests,
  summarizeRequests,
  type RequestSummary,
} from './requests';
import { SCROLL_END, SCROLL_START, scrollTraced } from './scroll-trace';
import { percentile } from './stats';
import { longTasks, markTime } from './trace';

const LOAD_TIMEOUT = 180_000;

/** A fresh visit to the story's first step, then (optionally) a reader's pass, step by step. */
export interface StoryVisit {
  readonly paints: PaintTimings;
  /** Milliseconds from navigation until the map settled on the first step's scene. */
  readonly firstSettle: number;
  readonly firstLoad: RequestSummary;
  /** Everything, first load and the scroll through every step included. */
  readonly fullPass: RequestSummary | null;
  readonly dataFiles: readonly string[];
  /** Milliseconds from navigation until the map had prepared later scenes (`useWarmUp`). */
  readonly prepared: number | null;
  readonly longTasks: LongTaskFigures | null;
  /** Each step change's long tasks, in order. */
  readonly steps: readonly StepFigures[] | null;
  /** The 95th-percentile interval between animation frames while scrolling, in ms. */
  readonly frameP95: number | null;
  readonly scrollSeconds: number | null;
  readonly reachedEnd: boolean | null;
}

/** How a visit's pass is traced (see `scrollTraced`), and where its trace is saved, if anywhere. */
export interface PassTracing {
  /** With the CPU profiler and GL calls: what took the long tasks, not their true length. */
  readonly profiled: boolean;
  /** Where to save the scroll's trace (Chrome's JSON trace format), if anywhere. */
  readonly traceFile?: string | null;
}

export function visitStory(
  profile: Profile,
  origin: string,
  steps: readonly StoryStep[],
  attributor: Attributor | null,
  tracing: PassTracing = { profiled: false },
): Promise<StoryVisit> {
  const traceFile = tracing.traceFile ?? null;
  const first = steps[0];
  if (!first) throw new Error('the story has no steps');
  return inSession(profile, {}, async (session) => {
    const { page, context } = session;
    const requests = recordRequests(context);
    await recordSettles(page);
    await page.goto(`${origin}/`, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const firstSettle = await settledAt(page, first.scene, { timeout: LOAD_TIMEOUT });
    // Read once the first screen is complete, map included, and before any input.
    const paints = await readPaints(page);
    const firstLoad = summarizeRequests(requests, origin);
    if (!attributor) {
      return {
        paints,
        firstSettle,
        firstLoad,
        fullPass: null,
        dataFiles: dataFilesRequested(requests),
        prepared: null,
        longTasks: null,
        steps: null,
        frameP95: null,
        scrollSeconds: null,
        reachedEnd: null,
      };
    }
    // A reader starts on the first screen: the pass begins once the map has used that time to
    // prepare the later scenes, and says how long that took.
    const prepared = await preparedAt(page, LOAD_TIMEOUT);
    // On software WebGL most of a step change is the GPU process, which CPU throttling does not
    // slow: the pass runs at the machine's speed, at the profile's size and input.
    if (profile.cpuSlowdown !== 1) {
      await session.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    const scroll = await scrollTraced(
      session,
      steps.map((step) => step.id),
      { profiled: tracing.profiled, forDevTools: traceFile !== null },
    );
    if (traceFile) {
      mkdirSync(path.dirname(traceFile), { recursive: true });
      writeFileSync(traceFile, JSON.stringify({ traceEvents: scroll.events }));
    }
    const from = markTime(scroll.events, SCROLL_START);
    const to = markTime(scroll.events, SCROLL_END);
    if (from === undefined || to === undefined) throw new Error('the scroll left no marks');
    const tasks = longTasks(scroll.events, attributor.shareOf, { from, to }, attributor.sourceOf);
    return {
      paints,
      firstSettle,
      firstLoad,
      fullPass: summarizeRequests(requests, origin),
      dataFiles: dataFilesRequested(requests),
      prepared,
      longTasks: summarizeLongTasks(tasks, attributor.mode()),
      steps: perStep(tasks, stepMarks(scroll.events, from), (to - from) / 1000),
      frameP95: scroll.frameIntervals.length ? percentile(scroll.frameIntervals, 0.95) : null,
      scrollSeconds: scroll.scrollDuration / 1000,
      reachedEnd: scroll.reachedEnd,
    };
  });
}

/** Milliseconds from opening `/#<step>` until the map settled on that step's scene. */
export function deepLinkSettle(profile: Profile, origin: string, step: StoryStep): Promise<number> {
  return inSession(profile, {}, async ({ page }) => {
    await recordSettles(page);
    await page.goto(`${origin}/#${step.id}`, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    return settledAt(page, step.scene, { timeout: LOAD_TIMEOUT });
  });
}

/** FCP and LCP of a page that has no map: read a moment after its load event. */
export function plainPaints(profile: Profile, url: string): Promise<PaintTimings> {
  return inSession(profile, {}, async ({ page }) => {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    await page.waitForTimeout(500);
    return readPaints(page);
  });
}
