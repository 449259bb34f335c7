'use client';

import { useNow } from '@/lib/dom/use-now';
import { formatElapsed } from '@/lib/present/format-elapsed';

const CLOCK = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

interface PresenterClockProps {
  /** When the presentation started, in ms since the epoch. */
  readonly startedAt: number;
  readonly onRestart: () => void;
}

/** The time of day and the time since the presentation started, with a way to restart it. */
export function PresenterClock({ startedAt, onRestart }: PresenterClockProps) {
  // Null in the static HTML and until hydration: the build's time would be wrong.
  const now = useNow();
  return (
    <div className="presenter-clock">
      <p>
        <span className="presenter-label">Time</span>
        <time className="presenter-time">{now === null ? '--:--' : CLOCK.format(now)}</time>
      </p>
      <p>
        <span className="presenter-label">Elapsed</span>
        <span className="presenter-time">
          {now === null ? '-:--' : formatElapsed(now - startedAt)}
        </span>
      </p>
      <button type="button" className="present-button" onClick={onRestart}>
        Restart timer
      </button>
    </div>
  );
}
