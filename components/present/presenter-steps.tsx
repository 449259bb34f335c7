import type { PresenterStep } from './types';

/** Every word of the list, in one place for translation. */
const WORDS = {
  heading: 'All steps',
  of: (total: number) => ` of ${total}`,
} as const;

interface PresenterStepsProps {
  readonly steps: readonly PresenterStep[];
  /** From 0. */
  readonly activeIndex: number;
  readonly onGo: (stepId: string) => void;
}

/**
 * The step index on the teacher's screen: every step of the deck (the lesson's, in its
 * order, when presenting a lesson), the current one marked, each a button that takes both
 * screens there. For a question from the class about a step already passed.
 */
export function PresenterSteps({ steps, activeIndex, onGo }: PresenterStepsProps) {
  return (
    <nav className="presenter-steps" aria-labelledby="presenter-steps-heading">
      <p className="presenter-label" id="presenter-steps-heading">
        {WORDS.heading}
      </p>
      <ol>
        {steps.map((step, index) => (
          <li key={step.id}>
            <button
              type="button"
              aria-current={index === activeIndex ? 'step' : undefined}
              onClick={(event) => {
                onGo(step.id);
                // As with the deck's buttons: after a click, Space and Enter move the story again.
                if (event.detail > 0) event.currentTarget.blur();
              }}
            >
              <span className="presenter-steps-number">
                {index + 1}
                <span className="visually-hidden">{WORDS.of(steps.length)}:</span>
              </span>
              <span>{step.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
