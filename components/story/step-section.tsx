'use client';

import type { ReactNode } from 'react';
import { Reveal } from './reveal';

interface StepSectionProps {
  readonly id: string;
  readonly active: boolean;
  readonly labelledBy: string | undefined;
  readonly children: ReactNode;
}

/** One step of the scroll article: the unit scrollama watches and deep links open. */
export function StepSection({ id, active, labelledBy, children }: StepSectionProps) {
  return (
    <section
      id={id}
      data-step-id={id}
      className={active ? 'step is-active' : 'step'}
      aria-labelledby={labelledBy}
      aria-current={active ? 'step' : undefined}
      tabIndex={-1}
    >
      <div className="step-card">
        <Reveal>{children}</Reveal>
      </div>
    </section>
  );
}
