'use client';

import { useState } from 'react';
import { describeLessonNote } from '@/lib/lesson/describe-lesson-note';
import type { LessonNote as LessonNoteData } from '@/lib/lesson/parse-lesson';

/** Every word of the note's frame, in one place for translation (its sentences are in lib). */
const WORDS = { hide: 'Hide this note' } as const;

/**
 * The short note a reader sees when a lesson link could not be used as written: what was
 * left out and what is shown instead. Polite, so a screen reader hears it once the page
 * settles; a presenter can hide it so it does not stay on the projector.
 */
export function LessonNote({ note }: { readonly note: LessonNoteData | null }) {
  const [hidden, setHidden] = useState(false);
  if (!note || hidden) return null;
  return (
    <div className="lesson-note" role="status">
      {describeLessonNote(note).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <button
        type="button"
        className="lesson-button lesson-note-hide"
        onClick={() => setHidden(true)}
      >
        {WORDS.hide}
      </button>
    </div>
  );
}
