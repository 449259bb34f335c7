import { onFirstWindowEvent } from '@/lib/dom/on-first-window-event';
import type { StepId } from '@/lib/story/types';

/** Brings a step to its reading position at once. */
export function scrollStepIntoPlace(id: StepId): void {
  // Instant: the map carries the motion; a smooth scroll would pass through every step between.
  document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: 'instant' });
}

/** What a reader does to move on: the hold below lets go at the first of these. */
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown', 'click'] as const;

/**
 * The longest hold, for a reader who moves in a way no event reports (a scrollbar dragged).
 * Long, because a fixed short hold was not enough: while the map redraws at the new size on a
 * slow GPU the page can be busy for over a second, and the hold ended before the late reflow
 * it was there for (a Chinese step two steps on, in a loaded test run).
 */
export const HOLD_AT_MOST_MS = 10_000;

/**
 * Puts `id` in its reading position and keeps it there while the page's height settles after
 * a new width: a late reflow (a font slice arriving for the new line breaks) would otherwise
 * move another step onto the line. Holds until the reader moves on (or `HOLD_AT_MOST_MS`).
 * Returns a function that stops holding.
 */
export function holdStepInPlace(id: StepId, sync: () => void): () => void {
  scrollStepIntoPlace(id);
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(() => {
    scrollStepIntoPlace(id);
    sync();
  });
  observer.observe(document.body);
  const release = () => {
    window.clearTimeout(timer);
    observer.disconnect();
    stopListening();
  };
  const timer = window.setTimeout(release, HOLD_AT_MOST_MS);
  const stopListening = onFirstWindowEvent(READER_MOVES, release);
  return release;
}
