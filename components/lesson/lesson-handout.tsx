'use client';

import type { ReactNode } from 'react';
import { lessonPath } from '@/lib/lesson/lesson-urls';
import { useLessonSteps } from '@/lib/lesson/use-lesson';
import { LessonNote } from './lesson-note';

/** Every word of the handout's lesson lines, in one place for translation. */
const WORDS = {
  lesson: (count: number, total: number) =>
    `A lesson of ${count} of the story's ${total} steps, in the teacher's order.`,
  present: 'Present this lesson',
  change: 'Change this lesson',
  whole: 'The whole story as text',
  build: 'Make a lesson from some of these steps',
  questions: 'Questions for the class',
} as const;

/** A step of the text view: its id, its heading's id, and everything it shows. */
export interface HandoutStep {
  readonly id: string;
  readonly labelledBy: string | undefined;
  readonly title: string;
  /** The step's question for the class, listed together on a lesson's first page. */
  readonly question: string;
  readonly content: ReactNode;
}

/**
 * The text view's steps, or a lesson's (`?steps=`): those steps in the lesson's order,
 * numbered within it, with a note about anything the link asked for that could not be shown.
 * The steps are rendered on the server; this only picks and orders them.
 */
export function LessonHandout({ steps: storySteps }: { readonly steps: readonly HandoutStep[] }) {
  const { steps, lesson } = useLessonSteps(storySteps);
  const total = steps.length;
  return (
    <>
      <LessonNote note={lesson.note} />
      {lesson.isLesson ? (
        <div className="handout-lesson">
          <p className="handout-lesson-count">{WORDS.lesson(total, storySteps.length)}</p>
          <p className="handout-lesson-links">
            <a href={lessonPath('present', lesson.stepIds)}>{WORDS.present}</a>
            <a href={lessonPath('lesson', lesson.stepIds)}>{WORDS.change}</a>
            <a href={lessonPath('text', [])}>{WORDS.whole}</a>
          </p>
          <h2 className="handout-questions-title">{WORDS.questions}</h2>
          <ol className="handout-questions">
            {steps.map((step) => (
              <li key={step.id}>
                <span className="handout-question-step">{step.title}</span> {step.question}
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="handout-lesson-links">
          <a href={lessonPath('lesson', [])}>{WORDS.build}</a>
        </p>
      )}
      {steps.map((step, index) => (
        <article key={step.id} id={step.id} className="text-step" aria-labelledby={step.labelledBy}>
          <p className="step-count">
            {index + 1} / {total}
          </p>
          {step.content}
        </article>
      ))}
    </>
  );
}
