import { describe, expect, it } from 'vitest';
import { itReturns } from '@/lib/testing/it-returns';
import { moveStep, type StepMove } from './step-moves';

const IDS = ['question', 'guizhou', 'plateau', 'verdict'];

describe('moveStep', () => {
  itReturns(
    'from %s, %s lands on %s',
    (from: string, move: StepMove) => moveStep(IDS, from, move),
    [
      ['question', 'next', 'guizhou'],
      ['guizhou', 'next', 'plateau'],
      ['verdict', 'next', 'verdict'],
      ['plateau', 'previous', 'guizhou'],
      ['question', 'previous', 'question'],
      ['plateau', 'first', 'question'],
      ['question', 'first', 'question'],
      ['guizhou', 'last', 'verdict'],
      ['verdict', 'last', 'verdict'],
      ['no-such-step', 'next', 'guizhou'],
      ['no-such-step', 'previous', 'question'],
    ],
  );

  it('twenty nexts from the second step end on the last', () => {
    let id = 'guizhou';
    for (let press = 0; press < 20; press += 1) id = moveStep(IDS, id, 'next');
    expect(id).toBe('verdict');
  });

  it('keeps the current id in a story without steps', () => {
    expect(moveStep([], 'question', 'next')).toBe('question');
  });
});
