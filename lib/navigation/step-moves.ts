import type { StepId } from '@/lib/story/types';

/** A move by whole steps, as a key, a clicker or a button asks for it, in either view. */
export type StepMove = 'next' | 'previous' | 'first' | 'last';

/**
 * The step a move lands on. The ends hold: next on the last step and previous on the first
 * stay put. An id the story does not have counts as the first step.
 */
export function moveStep(stepIds: readonly StepId[], current: StepId, move: StepMove): StepId {
  const last = stepIds.length - 1;
  const index = Math.max(0, stepIds.indexOf(current));
  const target = {
    next: Math.min(index + 1, last),
    previous: Math.max(index - 1, 0),
    first: 0,
    last,
  }[move];
  return stepIds[target] ?? current;
}
