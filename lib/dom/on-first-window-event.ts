/**
 * Calls `handler` at the first of `types` to reach the window, captured there before any
 * handler on the page's own elements runs, then stops listening. Returns a function that stops
 * listening without calling it.
 */
export function onFirstWindowEvent(types: readonly string[], handler: () => void): () => void {
  const stop = () => {
    for (const type of types) window.removeEventListener(type, first, true);
  };
  const first = () => {
    stop();
    handler();
  };
  for (const type of types) window.addEventListener(type, first, { capture: true, passive: true });
  return stop;
}
