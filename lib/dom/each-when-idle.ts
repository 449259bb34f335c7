import { whenIdle } from './when-idle';

/**
 * Runs one task per idle period, in order, so a list of work never lands in one task.
 * Returns a function that cancels the tasks not yet run. A module apart from `whenIdle`: only
 * the map uses it, and the code that runs before the map need not carry it.
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
