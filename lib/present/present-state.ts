import type { StepId } from '@/lib/story/types';

/**
 * What the windows of one presentation share (the audience screen and the presenter view):
 * everything else on screen derives from it. Which overlay or fullscreen a window shows is
 * its own business.
 */
export interface PresentState {
  /** The step on screen. */
  readonly stepId: StepId;
  /** Whether the audience screen shows the QR code of the step's share link. */
  readonly qr: boolean;
  /** When the presentation started, in ms since the epoch: elapsed time counts from it. */
  readonly startedAt: number;
}

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
