/** A browser that never reports its first paint goes on after this long, once it is visible. */
export const FIRST_PAINT_FALLBACK_MS = 3000;

const FIRST_CONTENTFUL_PAINT = 'first-contentful-paint';

/**
 * Runs `then` once the page's first text is on screen: the browser's first contentful paint
 * entry, which comes once the frame has been shown, not just drawn. Work that starts the GPU
 * process's side of WebGL (any first context, even one made only to be dropped) would
 * otherwise hold that frame back: half a second on a software GPU. Where paint timing is
 * missing, two animation frames stand in for it. A tab opened in the background paints only
 * when it is brought forward, so the fallback timer runs only while the page is visible.
 * Returns a function that cancels.
 */
export function afterFirstPaint(
  then: () => void,
  fallbackMs: number = FIRST_PAINT_FALLBACK_MS,
): () => void {
  let done = false;
  const cleanups: (() => void)[] = [];
  const stop = () => {
    done = true;
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  const finish = () => {
    if (done) return;
    stop();
    then();
  };

  const supportsPaintTiming =
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint') === true;
  if (!supportsPaintTiming) {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(finish);
    });
    cleanups.push(() => cancelAnimationFrame(frame));
    return stop;
  }
  if (performance.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0) {
    finish();
    return stop;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0) finish();
  });
  observer.observe({ type: 'paint' });
  cleanups.push(() => observer.disconnect());

  let timer: ReturnType<typeof setTimeout> | undefined;
  const startTimerWhileVisible = () => {
    clearTimeout(timer);
    if (document.visibilityState !== 'hidden') timer = setTimeout(finish, fallbackMs);
  };
  startTimerWhileVisible();
  document.addEventListener('visibilitychange', startTimerWhileVisible);
  cleanups.push(
    () => clearTimeout(timer),
    () => document.removeEventListener('visibilitychange', startTimerWhileVisible),
  );
  return stop;
}
