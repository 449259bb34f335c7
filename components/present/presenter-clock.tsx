'use client';

import { useNow } from '@/lib/dom/use-now';
import { formatElapsed } from '@/lib/present/format-elapsed';
import { useEdition } from '@/lib/i18n/use-edition';
import { PRESENT_TEXT } from '@/lib/i18n/present-text';

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
  const text = PRESENT_TEXT[useEdition()];
  return (
    <div className="presenter-clock">
      <p>
        <span className="presenter-label">{text.time}</span>
        <time className="presenter-time">{now === null ? '--:--' : CLOCK.format(now)}</time>
      </p>
      <p>
        <span className="presenter-label">{text.elapsed}</span>
        <span className="presenter-time">
          {now === null ? '-:--' : formatElapsed(now - startedAt)}
        </span>
      </p>
      <button type="button" className="present-button" onClick={onRestart}>
        {text.restartTimer}
      </button>
    </div>
  );
}
