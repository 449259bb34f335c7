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

/**
 * Runs one task per idle period, in order, so a list of work never lands in one task.
 * Returns a function that cancels the tasks not yet run.
 */
export function eachWhenIdle<T>(
  items: readonly T[],
  run: (item: T) => void,
  schedule: (task: () => void) => () => void = whenIdle,
): () => void {
  let cancel: () => void = () => undefined;
  const next = (index: number) => {
    if (index >= items.length) return;
    const item = items[index] as T;
    cancel = schedule(() => {
      run(item);
      next(index + 1);
    });
  };
  next(0);
  return () => cancel();
}
