import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inSession } from './browser';
import type { Attributor } from './attribution';
import type { StoryStep } from './heap';
import { summarizeLongTasks, type LongTaskFigures } from './long-task-figures';
import { readPaints, recordSettles, settledAt, type PaintTimings } from './probes';
import type { Profile } from './profiles';
import {
  dataFilesRequested,
  recordRequests,
  summarizeRequests,
  type RequestSummary,
} from './requests';
import { SCROLL_END, SCROLL_START, scrollTraced } from './scroll-trace';
import { longTasks, markTime } from './trace';

const LOAD_TIMEOUT = 180_000;

/** A fresh visit to the story's first step, then (optionally) a steady scroll to its end. */
export interface StoryVisit {
  readonly paints: PaintTimings;
  /** Milliseconds from navigation until the map settled on the first step's scene. */
  readonly firstSettle: number;
  readonly firstLoad: RequestSummary;
  /** Everything, first load and the scroll through every step included. */
  readonly fullPass: RequestSummary | null;
  readonly dataFiles: readonly string[];
  readonly longTasks: LongTaskFigures | null;
  readonly scrollSeconds: number | null;
  readonly reachedEnd: boolean | null;
}

export function visitStory(
  profile: Profile,
  origin: string,
  steps: readonly StoryStep[],
  attributor: Attributor | null,
  /** Where to save the scroll's trace (Chrome's JSON trace format), if anywhere. */
  traceFile: string | null = null,
): Promise<StoryVisit> {
  const first = steps[0];
  const last = steps.at(-1);
  if (!first || !last) throw new Error('the story has no steps');
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
        longTasks: null,
        scrollSeconds: null,
        reachedEnd: null,
      };
    }
    const scroll = await scrollTraced(session, last.id, undefined, traceFile !== null);
    if (traceFile) {
      mkdirSync(path.dirname(traceFile), { recursive: true });
      writeFileSync(traceFile, JSON.stringify({ traceEvents: scroll.events }));
    }
    const tasks = longTasks(
      scroll.events,
      attributor.shareOf,
      { from: markTime(scroll.events, SCROLL_START), to: markTime(scroll.events, SCROLL_END) },
      attributor.sourceOf,
    );
    return {
      paints,
      firstSettle,
      firstLoad,
      fullPass: summarizeRequests(requests, origin),
      dataFiles: dataFilesRequested(requests),
      longTasks: summarizeLongTasks(tasks, attributor.mode()),
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
