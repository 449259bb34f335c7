import type { StepId } from '@/lib/story/types';

/**
 * The lesson builder's edits, as pure functions of the lesson's step ids. Each returns the
 * same array when the edit changes nothing, so a caller can tell a move at an end from a move.
 */

/** Adds a step at the end, unless it is already in the lesson. */
export function addLessonStep(ids: readonly StepId[], id: StepId): readonly StepId[] {
  return ids.includes(id) ? ids : [...ids, id];
}

export function removeLessonStep(ids: readonly StepId[], id: StepId): readonly StepId[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : ids;
}

/** Moves a step one place earlier (-1) or later (+1); at an end it stays. */
export function moveLessonStep(ids: readonly StepId[], id: StepId, by: -1 | 1): readonly StepId[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const moved = [...ids];
  moved[from] = moved[to]!;
  moved[to] = id;
  return moved;
}

/** Puts the steps in the story's own order, for a teacher who picked them out of order. */
export function inStoryOrder(
  ids: readonly StepId[],
  storyIds: readonly StepId[],
): readonly StepId[] {
  return storyIds.filter((id) => ids.includes(id));
}
