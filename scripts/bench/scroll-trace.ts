import type { Session } from './browser';
import type { TraceEvent } from './trace';

/** What the main thread did while the reader went through the story step by step. */
export interface ScrollTrace {
  readonly events: TraceEvent[];
  /** Milliseconds between the page's animation frames while scrolling. */
  readonly frameIntervals: number[];
  /** How long the whole scroll took, in ms. */
  readonly scrollDuration: number;
  /** Whether the last step became active. */
  readonly reachedEnd: boolean;
}

export const SCROLL_START = 'bench-scroll-start';
export const SCROLL_END = 'bench-scroll-end';
/** The mark made as the scroll to a step begins: `bench-step:<id>`. */
export const STEP_MARK = 'bench-step:';

/** A reader's pace: one step every so many milliseconds. */
export const STEP_PACE = 1500;

/**
 * A timed pass records only main-thread tasks (`toplevel`) and the bench's marks
 * (`blink.user_timing`): what blocking time, the longest task and frame intervals need. The
 * CPU profiler and per-call events cost the main thread time of their own (on this machine they
 * doubled the blocking time a pass measured), so they run in a separate profiled pass.
 */
const TIMING_CATEGORIES = ['toplevel', 'blink.user_timing'];

/**
 * A profiled pass adds script and GC (`devtools.timeline`), CPU samples for attribution and GL
 * calls (`gpu`): what took each long task, not how long it was.
 */
const PROFILING_CATEGORIES = [
  ...TIMING_CATEGORIES,
  'devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'gpu',
];

/**
 * What the DevTools Performance panel needs to open a saved trace as a page load (its
 * TracingStartedInBrowser event and frame data); added only when the trace is kept.
 */
const FOR_DEVTOOLS = ['disabled-by-default-devtools.timeline'];

/**
 * Records every animation frame's time, to read the intervals between them afterwards. A
 * string, not a function: the bench's compiler wraps named functions in a helper the page
 * does not have.
 */
const COUNT_FRAMES = `(() => {
  const times = [];
  window.benchFrames = times;
  const loop = (time) => {
    times.push(time);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

const READ_FRAMES = 'window.benchFrames ?? []';

/**
 * Goes from the first step to the last as a reader does: a smooth scroll to the next step,
 * then reading it, one step every `pace` ms, traced. Each scroll starts on the clock, not when
 * the map has settled, so a slow transition shows as blocking, not as a longer wait.
 */
export async function scrollTraced(
  session: Session,
  stepIds: readonly string[],
  options: { readonly profiled: boolean; readonly forDevTools?: boolean },
  pace = STEP_PACE,
): Promise<ScrollTrace> {
  const { page, cdp } = session;
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) =>
    events.push(...(message.value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        ...(options.profiled ? PROFILING_CATEGORIES : TIMING_CATEGORIES),
        ...(options.forDevTools ? FOR_DEVTOOLS : []),
      ],
      recordMode: 'recordAsMuchAsPossible',
    },
  });
  // Starting a trace (the CPU profiler most) stalls the main thread once: let that pass first.
  await page.waitForTimeout(1500);
  await page.evaluate(COUNT_FRAMES);
  await page.evaluate((mark) => performance.mark(mark), SCROLL_START);
  const started = Date.now();
  for (const id of stepIds.slice(1)) {
    await page.evaluate(
      ([mark, step]) => {
        performance.mark(mark);
        document.getElementById(step)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      },
      [`${STEP_MARK}${id}`, id] as const,
    );
    await page.waitForTimeout(pace);
  }
  await page.evaluate((mark) => performance.mark(mark), SCROLL_END);
  const frames = await page.evaluate<number[]>(READ_FRAMES);
  const last = stepIds.at(-1);
  const reachedEnd = await page
    .waitForFunction(
      (id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
      last,
      { polling: 250, timeout: 30_000 },
    )
    .then(() => true)
    .catch(() => false);
  const scrollDuration = Date.now() - started;
  await cdp.send('Tracing.end');
  await complete;
  const frameIntervals = frames.slice(1).map((time, index) => time - (frames[index] ?? time));
  return { events, frameIntervals, scrollDuration, reachedEnd };
}
