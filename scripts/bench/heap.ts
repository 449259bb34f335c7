import type { Session } from './browser';

export interface StoryStep {
  readonly id: string;
  readonly scene: string;
}

export interface HeapFigures {
  /** Bytes of JS heap in use after a forced GC, after the first pass. */
  readonly afterOne: number;
  /** The same after the last pass. */
  readonly afterAll: number;
  readonly passes: number;
  /** Seconds each pass took. */
  readonly passSeconds: readonly number[];
  readonly method: string;
  /**
   * The share of wall time the page's main thread was busy over a few seconds after the last
   * pass, the map settled: what a page costs while the reader reads (0.01 is 1 %).
   */
  readonly idleBusyShare: number;
}

const STEP_TIMEOUT = 120_000;

async function waitForStep(session: Session, step: StoryStep): Promise<void> {
  const { page } = session;
  await page.waitForSelector(`[data-active-step="${step.id}"]`, { state: 'attached' });
  await page.waitForSelector(`[data-map-scene="${step.scene}"][data-map-settled="true"]`, {
    state: 'attached',
    timeout: STEP_TIMEOUT,
  });
}

/**
 * One pass: from the first step, `j` to each next step, waiting until the map has settled on
 * it. Every pass but the first starts with Home (back to the first step, settled).
 */
async function pass(session: Session, steps: readonly StoryStep[], first: boolean): Promise<void> {
  const [start, ...rest] = steps;
  if (!start) return;
  if (!first) await session.page.keyboard.press('Home');
  await waitForStep(session, start);
  for (const step of rest) {
    await session.page.keyboard.press('j');
    await waitForStep(session, step);
  }
}

/**
 * JS heap in use on the page's main thread, after garbage collection forced twice over CDP.
 * (`performance.measureUserAgentSpecificMemory` needs a cross-origin isolated page, which a
 * static host without COOP/COEP headers does not give.)
 */
export async function usedHeap(session: Session): Promise<number> {
  await session.cdp.send('HeapProfiler.enable');
  await session.cdp.send('HeapProfiler.collectGarbage');
  await session.cdp.send('HeapProfiler.collectGarbage');
  const usage = await session.cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** How long the page rests before, and is watched for, the resting figure. */
const REST_BEFORE_MS = 2000;
export const REST_WATCHED_MS = 5000;

/** Main-thread task time per second of wall time (CDP Performance metrics), at rest. */
async function idleBusyShare(session: Session): Promise<number> {
  const { page, cdp } = session;
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
  await page.waitForTimeout(REST_BEFORE_MS);
  const before = await taskSeconds();
  const started = Date.now();
  await page.waitForTimeout(REST_WATCHED_MS);
  const busy = (await taskSeconds()) - before;
  return busy / ((Date.now() - started) / 1000);
}

/**
 * Opens the story, makes `passes` passes through it, reads the heap after one and after all,
 * then how busy the page's main thread is while it rests on the last step.
 */
export async function heapAfterPasses(
  session: Session,
  url: string,
  steps: readonly StoryStep[],
  passes: number,
): Promise<HeapFigures> {
  await session.page.goto(url);
  const passSeconds: number[] = [];
  let afterOne = 0;
  for (let index = 0; index < passes; index += 1) {
    const started = Date.now();
    await pass(session, steps, index === 0);
    passSeconds.push((Date.now() - started) / 1000);
    if (index === 0) afterOne = await usedHeap(session);
  }
  const afterAll = passes > 1 ? await usedHeap(session) : afterOne;
  const resting = await idleBusyShare(session);
  return {
    idleBusyShare: resting,
    afterOne,
    afterAll,
    passes,
    passSeconds,
    method: 'CDP Runtime.getHeapUsage (usedSize) after HeapProfiler.collectGarbage',
  };
}
