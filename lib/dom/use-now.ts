import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  // A few checks a second so the shown second turns on time; React skips equal snapshots.
  const timer = window.setInterval(onChange, 250);
  return () => window.clearInterval(timer);
}

/** The current time to the second (ms since the epoch), kept current; null on the server. */
export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => Math.floor(Date.now() / 1000) * 1000,
    () => null,
  );
}
