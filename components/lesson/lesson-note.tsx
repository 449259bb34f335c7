'use client';

import { useState } from 'react';
import { LESSON_NOTE_TEXT } from '@/lib/i18n/lesson-note-text';
import { useEdition } from '@/lib/i18n/use-edition';
import { describeLessonNote } from '@/lib/lesson/describe-lesson-note';
import type { LessonNote as LessonNoteData } from '@/lib/lesson/parse-lesson';

/**
 * The short note a reader sees when a lesson link could not be used as written: what was
 * left out and what is shown instead, in the page's edition. Polite, so a screen reader hears
 * it once the page settles; a presenter can hide it so it does not stay on the projector.
 */
export function LessonNote({ note }: { readonly note: LessonNoteData | null }) {
  const edition = useEdition();
  const [hidden, setHidden] = useState(false);
  if (!note || hidden) return null;
  return (
    <div className="lesson-note" role="status">
      {describeLessonNote(note, edition).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <button
        type="button"
        className="lesson-button lesson-note-hide"
        onClick={() => setHidden(true)}
      >
        {LESSON_NOTE_TEXT[edition].hide}
      </button>
    </div>
  );
}
