import { useEffect } from 'react';
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
 * The URL follows the reader once they move (`movedTo`), without a history entry. An untouched
 * first visit keeps its clean URL.
 */
export function useUrlFollowsStep(movedTo: StepId | null, firstStepId: StepId): void {
  useEffect(() => {
    if (movedTo === null) return;
    if (window.location.hash === formatStepHash(movedTo)) return;
    if (!window.location.hash && movedTo === firstStepId) return;
    const timer = window.setTimeout(() => replaceStepHash(movedTo), URL_FOLLOW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [movedTo, firstStepId]);
}
