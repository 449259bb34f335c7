import { useEffect } from 'react';
import { onFirstWindowEvent } from '@/lib/dom/on-first-window-event';
import type { StepId } from '@/lib/story/types';
import { formatStepHash } from './step-hash';
import { replaceStepHash } from './use-linked-step';

/**
 * How long the reader stays on a step before the URL names it. A quick scroll past several
 * steps then rewrites the URL once, not once per step (browsers throttle pages that rewrite it
 * too often), and the rewrite, which costs a phone tens of milliseconds, gets a task of its
 * own rather than lengthening the step change's.
 */
export const URL_FOLLOW_DELAY_MS = 200;

/**
 * What makes a waiting rewrite happen at once: the reader is about to use something that may
 * read the address (the edition switch opens the other edition on the step it names). A key
 * that follows a link sends a click too.
 */
const EARLY_EVENTS = ['pointerdown', 'click'] as const;

/**
 * The URL follows the reader once they move (`movedTo`), without a history entry, or sooner if
 * they click or tap anything first. An untouched first visit keeps its clean URL.
 */
export function useUrlFollowsStep(movedTo: StepId | null, firstStepId: StepId): void {
  useEffect(() => {
    if (movedTo === null) return;
    if (window.location.hash === formatStepHash(movedTo)) return;
    if (!window.location.hash && movedTo === firstStepId) return;
    const stop = () => {
      window.clearTimeout(timer);
      stopListening();
    };
    const rewrite = () => {
      stop();
      replaceStepHash(movedTo);
    };
    // Before the handler of whatever was clicked reads the address.
    const stopListening = onFirstWindowEvent(EARLY_EVENTS, rewrite);
    const timer = window.setTimeout(rewrite, URL_FOLLOW_DELAY_MS);
    return stop;
  }, [movedTo, firstStepId]);
}
