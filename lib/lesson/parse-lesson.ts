import type { StepId } from '@/lib/story/types';

/** The query parameter that names a lesson's steps: `?steps=guian,plateau,hydro`. */
export const LESSON_PARAM = 'steps';

/**
 * Past this many characters a lesson link is cut: the whole story's ids joined by commas are
 * about 250 characters, so a longer value is pasted junk or an attack, and reading it all
 * would only cost time.
 */
export const MAX_LESSON_LENGTH = 1000;

/** At most this many unknown names are quoted back to the reader; the rest are counted. */
export const MAX_NAMED_UNKNOWN = 3;

/** Longer than any slug a step can have (see the content schema); a longer entry is junk. */
const MAX_ID_LENGTH = 60;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What was left out of a lesson link, for the note the reader sees. Only step-shaped names
 * (slugs) are kept as text; anything else is counted, never echoed, so markup in a link
 * cannot reach the page.
 */
export interface LessonNote {
  /** Why the whole story is shown instead of a lesson, if it is. */
  readonly fallback: 'empty' | 'no-valid-steps' | null;
  /** Up to MAX_NAMED_UNKNOWN names that look like step ids but name no step. */
  readonly unknownNamed: readonly string[];
  /** How many different step-shaped names name no step (quoted or not). */
  readonly unknownCount: number;
  /** How many entries were not step ids at all (markup, punctuation, overlong text). */
  readonly junkCount: number;
  /** How many entries repeated a step already in the lesson. */
  readonly repeatedCount: number;
  /** Whether the link was longer than MAX_LESSON_LENGTH and only its start was read. */
  readonly cut: boolean;
}

export interface Lesson {
  /** The steps to show, in the lesson's order; the whole story when the link names none. */
  readonly stepIds: readonly StepId[];
  /** True when the page shows a lesson (a chosen part of the story), not the whole story. */
  readonly isLesson: boolean;
  /** What the reader should be told about the link, or null when it was read as written. */
  readonly note: LessonNote | null;
}

function wholeStory(stepIds: readonly StepId[], note: LessonNote | null): Lesson {
  return { stepIds, isLesson: false, note };
}

/**
 * The lesson a page's query string asks for (`location.search`, with or without its `?`).
 * Never throws, and never returns an empty list: unknown ids, repeats, junk and overlong
 * values are dropped and described in `note`; a link with nothing usable gives the whole story.
 */
export function parseLesson(search: string, stepIds: readonly StepId[]): Lesson {
  const raw = new URLSearchParams(search).get(LESSON_PARAM);
  if (raw === null) return wholeStory(stepIds, null);

  const cut = raw.length > MAX_LESSON_LENGTH;
  const entries = raw
    .slice(0, MAX_LESSON_LENGTH)
    .split(/[\s,]+/)
    .map((entry) => entry.toLowerCase())
    .filter((entry) => entry !== '');

  const known = new Set(stepIds);
  const chosen: StepId[] = [];
  const unknown: string[] = [];
  let junkCount = 0;
  let repeatedCount = 0;
  for (const entry of entries) {
    if (entry.length > MAX_ID_LENGTH || !SLUG.test(entry)) junkCount += 1;
    else if (!known.has(entry)) unknown.push(entry);
    else if (chosen.includes(entry)) repeatedCount += 1;
    else chosen.push(entry);
  }

  const distinctUnknown = [...new Set(unknown)];
  const problems = {
    unknownNamed: distinctUnknown.slice(0, MAX_NAMED_UNKNOWN),
    unknownCount: distinctUnknown.length,
    junkCount,
    repeatedCount,
    cut,
  };
  if (entries.length === 0) return wholeStory(stepIds, { fallback: 'empty', ...problems });
  if (chosen.length === 0) return wholeStory(stepIds, { fallback: 'no-valid-steps', ...problems });
  const clean = unknown.length === 0 && junkCount === 0 && repeatedCount === 0 && !cut;
  return {
    stepIds: chosen,
    isLesson: true,
    note: clean ? null : { fallback: null, ...problems },
  };
}

/**
 * The query string that asks for a lesson: `?steps=a,b,c`, or '' for none. Ids are slugs,
 * so the commas and the ids need no escaping.
 */
export function formatLessonQuery(stepIds: readonly StepId[]): string {
  return stepIds.length > 0 ? `?${LESSON_PARAM}=${stepIds.join(',')}` : '';
}
