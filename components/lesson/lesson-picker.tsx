import type { StepId } from '@/lib/story/types';
import type { BuilderStep } from './types';

/** Every word of the story's list, in one place for translation. */
const WORDS = {
  heading: "The story's steps",
  hint: 'Add the steps you want, in the order you want to present them.',
  add: 'Add',
  remove: 'Remove',
  position: (position: number) => `Step ${position} of the lesson`,
  /** Said after the button's visible word, so a screen reader knows which step it means. */
  which: (title: string) => ` “${title}”`,
} as const;

interface LessonPickerProps {
  readonly steps: readonly BuilderStep[];
  readonly chosen: readonly StepId[];
  readonly onToggle: (id: StepId) => void;
}

/**
 * The whole story, step by step, each with one button that adds it to the lesson or takes it
 * out again: the button stays where it is, so keyboard focus never jumps.
 */
export function LessonPicker({ steps, chosen, onToggle }: LessonPickerProps) {
  return (
    <section className="lesson-panel" aria-labelledby="lesson-picker-heading">
      <h2 id="lesson-picker-heading">{WORDS.heading}</h2>
      <p className="lesson-hint">{WORDS.hint}</p>
      <ol className="lesson-list">
        {steps.map((step, index) => {
          const position = chosen.indexOf(step.id) + 1;
          const inLesson = position > 0;
          return (
            <li key={step.id} className="lesson-item" data-step-id={step.id}>
              <span className="lesson-item-number">{index + 1}</span>
              <span className="lesson-item-title">{step.title}</span>
              {inLesson ? (
                <span className="lesson-item-position">{WORDS.position(position)}</span>
              ) : null}
              <button type="button" className="lesson-button" onClick={() => onToggle(step.id)}>
                {inLesson ? WORDS.remove : WORDS.add}
                <span className="visually-hidden">{WORDS.which(step.title)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
