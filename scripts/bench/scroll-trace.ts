import type { Session } from './browser';
import type { TraceEvent } from './trace';

/** What the main thread did while the reader scrolled the whole story at a steady pace. */
export interface ScrollTrace {
  readonly events: TraceEvent[];
  /** How long the wheel took to get from top to bottom, in ms. */
  readonly scrollDuration: number;
  /** Whether the page reached its end and the last step became active. */
  readonly reachedEnd: boolean;
}

export const SCROLL_START = 'bench-scroll-start';
export const SCROLL_END = 'bench-scroll-end';

/**
 * Main-thread tasks (`toplevel`), script and GC (`devtools.timeline`), CPU samples for
 * attribution, GL calls (`gpu`) and the bench's marks (`blink.user_timing`).
 */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'gpu',
  'blink.user_timing',
];

/**
 * What the DevTools Performance panel needs to open a saved trace as a page load (its
 * TracingStartedInBrowser event and frame data); added only when the trace is kept.
 */
const FOR_DEVTOOLS = ['disabled-by-default-devtools.timeline'];

export interface ScrollPace {
  /** Pixels per wheel notch. */
  readonly step: number;
  /** Milliseconds between notches. */
  readonly every: number;
}

export const STEADY: ScrollPace = { step: 200, every: 100 };

/**
 * Scrolls from the top to the end of the story by mouse wheel at a steady pace, traced. The
 * wheel events go out on the clock, not when the page acknowledges the previous one, as a
 * reader's hand does; the compositor scrolls even while the main thread is busy.
 */
export async function scrollTraced(
  session: Session,
  lastStepId: string,
  pace: ScrollPace = STEADY,
  forDevTools = false,
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
      includedCategories: forDevTools ? [...CATEGORIES, ...FOR_DEVTOOLS] : CATEGORIES,
      recordMode: 'recordAsMuchAsPossible',
    },
  });
  // Starting the CPU profiler stalls the main thread once: let that pass before the marks.
  await page.waitForTimeout(1500);
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  // Over the text column: the story's text, not the map, is what a reader scrolls.
  const at = { x: Math.round(viewport.width * 0.2), y: Math.round(viewport.height * 0.85) };
  await page.mouse.move(at.x, at.y);
  const distance = await page.evaluate((mark) => {
    performance.mark(mark);
    return document.documentElement.scrollHeight - window.innerHeight - window.scrollY;
  }, SCROLL_START);
  const started = Date.now();
  const notches = Math.ceil(distance / pace.step) + 2;
  const sent: Promise<unknown>[] = [];
  for (let notch = 0; notch < notches; notch += 1) {
    sent.push(
      cdp
        .send('Input.dispatchMouseEvent', {
          type: 'mouseWheel',
          ...at,
          deltaX: 0,
          deltaY: pace.step,
        })
        .catch(() => undefined),
    );
    await new Promise((resolve) => setTimeout(resolve, pace.every));
  }
  await Promise.all(sent);
  const reachedEnd = await page
    .waitForFunction(
      (id) =>
        window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2 &&
        document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
      lastStepId,
      { polling: 250, timeout: 30_000 },
    )
    .then(() => true)
    .catch(() => false);
  const scrollDuration = Date.now() - started;
  await page.evaluate((mark) => performance.mark(mark), SCROLL_END);
  await cdp.send('Tracing.end');
  await complete;
  return { events, scrollDuration, reachedEnd };
}
