'use client';

import { useCallback, useMemo } from 'react';
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
 * keyboard, a mouse and a finger all work; a live region says what each edit did.
 */
export function LessonBuilder({ steps }: { readonly steps: readonly BuilderStep[] }) {
  const { lesson } = useLessonSteps(steps);
  const storyIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const titles = useMemo(() => new Map(steps.map((step) => [step.id, step.title])), [steps]);
  const titleOf = useCallback((id: string) => titles.get(id) ?? id, [titles]);
  const editor = useLessonEditor(lesson, storyIds, titleOf);

  return (
    <>
      <LessonNote note={lesson.note} />
      <div className="lesson-columns">
        <LessonPicker steps={steps} chosen={editor.ids} onToggle={editor.toggle} />
        <div className="lesson-side">
          <LessonOrder editor={editor} titleOf={titleOf} />
          <LessonShare ids={editor.ids} />
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite" data-lesson-announcement>
        {editor.announcement}
      </p>
    </>
  );
}
