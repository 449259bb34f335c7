/** Where requestIdleCallback is missing (Safari), a short timeout stands in for it. */
const FALLBACK_DELAY_MS = 50;
/** Idle callbacks run within this long even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 2000;

/** Runs `task` once the main thread is idle; returns a function that cancels it. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, FALLBACK_DELAY_MS);
  return () => clearTimeout(timer);
}
