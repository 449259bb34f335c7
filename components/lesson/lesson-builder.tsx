'use client';

import { useCallback, useMemo } from 'react';
import type { Edition } from '@/lib/content/editions';
import { LESSON_TEXT } from '@/lib/i18n/lesson-text';
import { useLessonSteps } from '@/lib/lesson/use-lesson';
import { LessonNote } from './lesson-note';
import { LessonOrder } from './lesson-order';
import { LessonPicker } from './lesson-picker';
import { LessonShare } from './lesson-share';
import type { BuilderStep } from './types';
import { useLessonEditor } from './use-lesson-editor';

/**
 * The lesson builder: the story's steps on one side, the lesson being built on the other,
 * and the lesson's link, code and buttons below. Everything is a button or a link, so a
 * keyboard, a mouse and a finger all work; a live region says what each edit did. Its words,
 * and the links it makes, are in the page's edition.
 */
export function LessonBuilder({
  steps,
  edition,
}: {
  readonly steps: readonly BuilderStep[];
  readonly edition: Edition;
}) {
  const words = LESSON_TEXT[edition];
  const { lesson } = useLessonSteps(steps);
  const storyIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const titles = useMemo(() => new Map(steps.map((step) => [step.id, step.title])), [steps]);
  const titleOf = useCallback((id: string) => titles.get(id) ?? id, [titles]);
  const editor = useLessonEditor(lesson, storyIds, titleOf, words.edits);

  return (
    <>
      <LessonNote note={lesson.note} />
      <div className="lesson-columns">
        <LessonPicker steps={steps} chosen={editor.ids} onToggle={editor.toggle} words={words} />
        <div className="lesson-side">
          <LessonOrder editor={editor} titleOf={titleOf} words={words} />
          <LessonShare ids={editor.ids} edition={edition} />
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite" data-lesson-announcement>
        {editor.announcement}
      </p>
    </>
  );
}
