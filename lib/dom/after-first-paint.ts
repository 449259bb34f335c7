/** A browser that never reports its first paint (a tab opened hidden) starts the map anyway. */
export const FIRST_PAINT_FALLBACK_MS = 3000;

const FIRST_CONTENTFUL_PAINT = 'first-contentful-paint';

/**
 * Runs `then` once the page's first text is on screen: the browser's first contentful paint
 * entry, which carries the time the frame was shown, not just drawn. Creating the map's WebGL
 * context before then holds that frame back, because the GPU process is busy compiling the
 * map's shaders; on a software GPU the text appeared about half a second later. Where paint
 * timing is missing, two animation frames stand in for it. Returns a function that cancels.
 */
export function afterFirstPaint(
  then: () => void,
  fallbackMs: number = FIRST_PAINT_FALLBACK_MS,
): () => void {
  let done = false;
  const cleanups: (() => void)[] = [];
  const finish = () => {
    if (done) return;
    done = true;
    for (const cleanup of cleanups) cleanup();
    then();
  };
  const cancel = () => {
    done = true;
    for (const cleanup of cleanups) cleanup();
  };

  const supportsPaintTiming =
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint') === true;
  if (!supportsPaintTiming) {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(finish);
    });
    cleanups.push(() => cancelAnimationFrame(frame));
    return cancel;
  }
  if (performance.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0) {
    finish();
    return cancel;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0) finish();
  });
  observer.observe({ type: 'paint' });
  const timer = setTimeout(finish, fallbackMs);
  cleanups.push(
    () => observer.disconnect(),
    () => clearTimeout(timer),
  );
  return cancel;
}
