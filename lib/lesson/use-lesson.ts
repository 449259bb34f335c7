import { useMemo, useSyncExternalStore } from 'react';
import { parseLesson, type Lesson } from './parse-lesson';

/** The query string does not change while a page is open (the app only rewrites the hash). */
const subscribeToNothing = () => () => {};

export interface LessonSteps<T> {
  /** The lesson's steps, in its order: the whole story when the link names no lesson. */
  readonly steps: readonly T[];
  readonly lesson: Lesson;
}

/**
 * The steps this page's lesson link (`?steps=`) asks for, picked from the whole story's. The
 * static HTML knows no query string, so during hydration this is the whole story (the
 * server's answer), and the lesson follows at once.
 */
export function useLessonSteps<T extends { readonly id: string }>(
  allSteps: readonly T[],
): LessonSteps<T> {
  const search = useSyncExternalStore(
    subscribeToNothing,
    () => window.location.search,
    () => '',
  );
  return useMemo(() => {
    const byId = new Map(allSteps.map((step) => [step.id, step]));
    const lesson = parseLesson(
      search,
      allSteps.map((step) => step.id),
    );
    const steps = lesson.stepIds.flatMap((id) => byId.get(id) ?? []);
    return { steps, lesson };
  }, [search, allSteps]);
}
