import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  addLessonStep,
  inStoryOrder,
  moveLessonStep,
  removeLessonStep,
} from '@/lib/lesson/edit-lesson';
import { formatLessonQuery, type Lesson } from '@/lib/lesson/parse-lesson';
import type { LessonText } from '@/lib/i18n/lesson-text';
import type { StepId } from '@/lib/story/types';

const NO_STEPS: readonly StepId[] = [];

/** Where focus goes after an edit moves or removes the control that had it. */
export interface FocusRequest {
  readonly id: StepId | null;
  readonly control: 'up' | 'down' | 'remove' | 'heading';
}

export interface LessonEditor {
  readonly ids: readonly StepId[];
  readonly announcement: string;
  readonly focus: FocusRequest | null;
  readonly toggle: (id: StepId) => void;
  readonly remove: (id: StepId) => void;
  readonly move: (id: StepId, by: -1 | 1) => void;
  readonly orderAsStory: () => void;
  readonly clear: () => void;
}

/**
 * The lesson being built: its step ids, what was last said about an edit (for a live region)
 * and where focus should go next. It starts from the page's own lesson link, if it has one,
 * so a teacher can open `/lesson/?steps=…` to change a lesson, and it keeps the page's URL
 * pointing at the lesson (quietly, no history entry), so a reload loses nothing. `say` holds
 * the sentences, in the page's edition, that the live region speaks after each edit.
 */
export function useLessonEditor(
  linked: Lesson,
  storyIds: readonly StepId[],
  titleOf: (id: StepId) => string,
  say: LessonText['edits'],
): LessonEditor {
  // Null until the teacher edits: until then the link decides (it is known only after
  // hydration, as the static HTML has no query string).
  const [edited, setEdited] = useState<readonly StepId[] | null>(null);
  const ids = edited ?? (linked.isLesson ? linked.stepIds : NO_STEPS);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  // The lesson as last edited, ahead of React's next render, so that quick presses each
  // start from the one before.
  const latest = useRef(ids);
  useLayoutEffect(() => {
    latest.current = ids;
  }, [ids]);

  const apply = useCallback(
    (next: readonly StepId[], sentence: string, focusNext: FocusRequest | null) => {
      latest.current = next;
      setEdited(next);
      setAnnouncement(sentence);
      setFocus(focusNext);
    },
    [],
  );

  const remove = useCallback(
    (id: StepId) => {
      const current = latest.current;
      const at = current.indexOf(id);
      const next = removeLessonStep(current, id);
      // Focus the step that took its place, or the one before, or the list's heading.
      const neighbour = next[Math.min(at, next.length - 1)] ?? null;
      apply(next, say.removed(titleOf(id), next.length), {
        id: neighbour,
        control: neighbour ? 'remove' : 'heading',
      });
    },
    [apply, titleOf, say],
  );

  const toggle = useCallback(
    (id: StepId) => {
      const current = latest.current;
      if (current.includes(id)) {
        apply(removeLessonStep(current, id), say.removed(titleOf(id), current.length - 1), null);
        return;
      }
      const next = addLessonStep(current, id);
      apply(next, say.added(titleOf(id), next.length, next.length), null);
    },
    [apply, titleOf, say],
  );

  const move = useCallback(
    (id: StepId, by: -1 | 1) => {
      const current = latest.current;
      const next = moveLessonStep(current, id, by);
      const control = by < 0 ? 'up' : 'down';
      if (next === current) {
        setAnnouncement(by < 0 ? say.atTop(titleOf(id)) : say.atBottom(titleOf(id)));
        return;
      }
      apply(next, say.moved(titleOf(id), next.indexOf(id) + 1, next.length), {
        id,
        control,
      });
    },
    [apply, titleOf, say],
  );

  const orderAsStory = useCallback(
    () => apply(inStoryOrder(latest.current, storyIds), say.ordered, null),
    [apply, storyIds, say],
  );
  const clear = useCallback(
    () => apply([], say.cleared, { id: null, control: 'heading' }),
    [apply, say],
  );

  useEffect(() => {
    if (edited === null) return;
    const { pathname } = window.location;
    history.replaceState(history.state, '', pathname + formatLessonQuery(edited));
  }, [edited]);

  return { ids, announcement, focus, toggle, remove, move, orderAsStory, clear };
}
