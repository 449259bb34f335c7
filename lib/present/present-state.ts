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
