import type { Edition } from '@/lib/content/editions';
import { LESSON_NOTE_TEXT, type LessonNoteText } from '@/lib/i18n/lesson-note-text';
import type { LessonNote } from './parse-lesson';

function unknown(words: LessonNoteText, note: LessonNote): string {
  const quoted = note.unknownNamed.map((name) => `“${name}”`);
  return words.unknown(words.list(quoted), quoted.length, note.unknownCount);
}

/**
 * The note a reader sees about a lesson link, in plain sentences of the page's edition: the
 * outcome first, then what was dropped. Names are quoted only when they are step-shaped slugs
 * (see parseLesson); anything else is only counted.
 */
export function describeLessonNote(note: LessonNote, edition: Edition = 'en'): string[] {
  const words = LESSON_NOTE_TEXT[edition];
  const lead =
    note.fallback === 'empty'
      ? words.empty
      : note.fallback === 'no-valid-steps'
        ? words.noValidSteps
        : words.partial;
  return [
    lead,
    ...(note.unknownCount > 0 ? [unknown(words, note)] : []),
    ...(note.junkCount > 0 ? [words.junk(note.junkCount)] : []),
    ...(note.repeatedCount > 0 ? [words.repeated(note.repeatedCount)] : []),
    ...(note.cut ? [words.cut] : []),
  ];
}
