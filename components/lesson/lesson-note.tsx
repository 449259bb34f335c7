import { describeLessonNote } from '@/lib/lesson/describe-lesson-note';
import type { LessonNote as LessonNoteData } from '@/lib/lesson/parse-lesson';

/**
 * The short note a reader sees when a lesson link could not be used as written: what was
 * left out and what is shown instead. Polite, so a screen reader hears it once the page settles.
 */
export function LessonNote({ note }: { readonly note: LessonNoteData | null }) {
  if (!note) return null;
  return (
    <div className="lesson-note" role="status">
      {describeLessonNote(note).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </div>
  );
}
