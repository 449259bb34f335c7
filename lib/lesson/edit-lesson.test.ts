import { describe, expect, it } from 'vitest';
import { addLessonStep, inStoryOrder, moveLessonStep, removeLessonStep } from './edit-lesson';

const LESSON = ['guian', 'plateau', 'hydro'];

describe('lesson edits', () => {
  it('adds at the end, once', () => {
    expect(addLessonStep(LESSON, 'verdict')).toEqual([...LESSON, 'verdict']);
    expect(addLessonStep(LESSON, 'plateau')).toBe(LESSON);
    expect(addLessonStep([], 'verdict')).toEqual(['verdict']);
  });

  it('removes a step, and leaves a lesson without it alone', () => {
    expect(removeLessonStep(LESSON, 'plateau')).toEqual(['guian', 'hydro']);
    expect(removeLessonStep(LESSON, 'verdict')).toBe(LESSON);
  });

  it.each<[string, -1 | 1, string[]]>([
    ['plateau', -1, ['plateau', 'guian', 'hydro']],
    ['plateau', 1, ['guian', 'hydro', 'plateau']],
    ['guian', 1, ['plateau', 'guian', 'hydro']],
    ['hydro', -1, ['guian', 'hydro', 'plateau']],
  ])('moves %s by %d', (id, by, result) => {
    expect(moveLessonStep(LESSON, id, by)).toEqual(result);
  });

  it.each<[string, -1 | 1]>([
    ['guian', -1],
    ['hydro', 1],
    ['verdict', 1],
  ])('keeps %s where it is when moved %d past an end', (id, by) => {
    expect(moveLessonStep(LESSON, id, by)).toBe(LESSON);
  });

  it("puts a lesson in the story's order", () => {
    expect(inStoryOrder(LESSON, ['question', 'plateau', 'hydro', 'guian'])).toEqual([
      'plateau',
      'hydro',
      'guian',
    ]);
  });
});
