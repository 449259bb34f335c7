'use client';

import type { ReactNode } from 'react';
import type { Edition } from '@/lib/content/editions';
import { HANDOUT_TEXT } from '@/lib/i18n/handout-text';
import { lessonPath } from '@/lib/lesson/lesson-urls';
import { useLessonSteps } from '@/lib/lesson/use-lesson';
import { LessonNote } from './lesson-note';

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
 * The steps are rendered on the server; this only picks and orders them. Its links stay in the
 * page's edition, the lesson builder's included.
 */
export function LessonHandout({
  steps: storySteps,
  edition,
}: {
  readonly steps: readonly HandoutStep[];
  readonly edition: Edition;
}) {
  const { steps, lesson } = useLessonSteps(storySteps);
  const words = HANDOUT_TEXT[edition];
  const total = steps.length;
  return (
    <>
      <LessonNote note={lesson.note} />
      {lesson.isLesson ? (
        <div className="handout-lesson">
          <p className="handout-lesson-count">{words.lesson(total, storySteps.length)}</p>
          <p className="handout-lesson-links">
            <a href={lessonPath('present', lesson.stepIds, undefined, edition)}>{words.present}</a>
            <a href={lessonPath('lesson', lesson.stepIds, undefined, edition)}>{words.change}</a>
            <a href={lessonPath('text', [], undefined, edition)}>{words.whole}</a>
          </p>
          <h2 className="handout-questions-title">{words.questions}</h2>
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
          <a href={lessonPath('lesson', [], undefined, edition)}>{words.build}</a>
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
