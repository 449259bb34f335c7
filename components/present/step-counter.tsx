'use client';

import { useEdition } from '@/lib/i18n/use-edition';
import { PRESENT_TEXT } from '@/lib/i18n/present-text';

interface StepCounterProps {
  /** From 0. */
  readonly index: number;
  readonly total: number;
  readonly title: string | undefined;
}

/**
 * "5 / 19" and a thin bar for how far the story has come. A screen reader hears the step's
 * number and title as it changes.
 */
export function StepCounter({ index, total, title }: StepCounterProps) {
  const shown = index + 1;
  const text = PRESENT_TEXT[useEdition()];
  return (
    <>
      {/* An SVG bar: its width is an attribute, which the Content Security Policy allows where
          an inline style would not be. */}
      <svg className="present-progress" aria-hidden="true" preserveAspectRatio="none">
        <rect width={`${(shown / total) * 100}%`} height="100%" />
      </svg>
      <p className="present-count" aria-hidden="true">
        {shown} / {total}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {text.stepOf(shown, total)}
        {title ? `: ${title}` : ''}
      </p>
    </>
  );
}
