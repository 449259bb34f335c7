import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/**
 * Whether the page is fullscreen, as the browser says: it also leaves fullscreen by itself
 * (Esc, F11), so this follows `fullscreenchange` rather than remembering what was asked.
 */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null,
    () => false,
  );
}

/** Asks for fullscreen on the whole page, or leaves it. */
export function toggleFullscreen(): void {
  // A refusal (an iframe without `allowfullscreen`, a browser setting) leaves the page as it
  // was, which the state above already says; there is nothing else to do about it.
  const ignore = () => undefined;
  if (document.fullscreenElement) {
    document.exitFullscreen().catch(ignore);
  } else {
    document.documentElement.requestFullscreen().catch(ignore);
  }
}
