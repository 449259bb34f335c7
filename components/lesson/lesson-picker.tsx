import type { LessonText } from '@/lib/i18n/lesson-text';
import type { StepId } from '@/lib/story/types';
import type { BuilderStep } from './types';

interface LessonPickerProps {
  readonly steps: readonly BuilderStep[];
  readonly chosen: readonly StepId[];
  readonly onToggle: (id: StepId) => void;
  readonly words: LessonText;
}

/**
 * The whole story, step by step, each with one button that adds it to the lesson or takes it
 * out again: the button stays where it is, so keyboard focus never jumps.
 */
export function LessonPicker({ steps, chosen, onToggle, words }: LessonPickerProps) {
  const { picker } = words;
  return (
    <section className="lesson-panel" aria-labelledby="lesson-picker-heading">
      <h2 id="lesson-picker-heading">{picker.heading}</h2>
      <p className="lesson-hint">{picker.hint}</p>
      <ol className="lesson-list">
        {steps.map((step, index) => {
          const position = chosen.indexOf(step.id) + 1;
          const inLesson = position > 0;
          return (
            <li key={step.id} className="lesson-item" data-step-id={step.id}>
              <span className="lesson-item-number">{index + 1}</span>
              <span className="lesson-item-title">{step.title}</span>
              {inLesson ? (
                <span className="lesson-item-position">{picker.position(position)}</span>
              ) : null}
              <button type="button" className="lesson-button" onClick={() => onToggle(step.id)}>
                {inLesson ? picker.remove : picker.add}
                <span className="visually-hidden">{words.which(step.title)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
