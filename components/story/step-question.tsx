import type { InEdition } from '@/lib/content/editions';
import { HANDOUT_TEXT } from '@/lib/i18n/handout-text';

/** The step's discussion question, as the handout and the presenter's notes give it. */
export function StepQuestion({ question, edition = 'en' }: InEdition<{ question: string }>) {
  return (
    <p className="step-question">
      <strong className="step-question-label">{HANDOUT_TEXT[edition].questionLabel}</strong>
      {question}
    </p>
  );
}
