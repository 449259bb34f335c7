import type { LessonNote } from './parse-lesson';

/** Every word of the note, in one place, so that another edition can translate it. */
const listOf = (items: readonly string[]) =>
  new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

export const LESSON_NOTE_WORDS = {
  empty: 'This lesson link names no steps, so here is the whole story.',
  noValidSteps:
    'None of the steps in this lesson link are in the story, so here is the whole story.',
  partial: 'Part of this lesson link could not be used, so it shows the steps that could.',
  unknown: (named: readonly string[], count: number) => {
    const quoted = listOf(named.map((name) => `“${name}”`));
    if (count === 1) return `${quoted} is not a step of this story.`;
    const others = count - named.length;
    return others > 0
      ? `${count} names are not steps of this story, among them ${quoted}.`
      : `${quoted} are not steps of this story.`;
  },
  junk: (count: number) =>
    count === 1
      ? 'One entry was not a step name at all, and was ignored.'
      : `${count} entries were not step names at all, and were ignored.`,
  repeated: (count: number) =>
    count === 1
      ? 'One step was listed twice; it is shown once.'
      : `${count} repeated steps are shown once each.`,
  cut: 'The link was too long, so only its beginning was read.',
} as const;

/**
 * The note a reader sees about a lesson link, in plain sentences: the outcome first, then
 * what was dropped. Names are quoted only when they are step-shaped slugs (see parseLesson);
 * anything else is only counted.
 */
export function describeLessonNote(note: LessonNote): string[] {
  const words = LESSON_NOTE_WORDS;
  const lead =
    note.fallback === 'empty'
      ? words.empty
      : note.fallback === 'no-valid-steps'
        ? words.noValidSteps
        : words.partial;
  return [
    lead,
    ...(note.unknownCount > 0 ? [words.unknown(note.unknownNamed, note.unknownCount)] : []),
    ...(note.junkCount > 0 ? [words.junk(note.junkCount)] : []),
    ...(note.repeatedCount > 0 ? [words.repeated(note.repeatedCount)] : []),
    ...(note.cut ? [words.cut] : []),
  ];
}
