import { describe, expect, it } from 'vitest';
import { parseGoMessage, stepMessage } from './protocol';

const IDS = ['question', 'plateau'];

describe('parseGoMessage', () => {
  it('accepts a go message naming a step', () => {
    expect(parseGoMessage({ type: 'guizhou-story:go', stepId: 'plateau' }, IDS)).toBe('plateau');
  });

  it.each([
    ['null', null],
    ['a string', 'guizhou-story:go plateau'],
    ['a number', 42],
    ['an array', ['guizhou-story:go', 'plateau']],
    ['an unknown step', { type: 'guizhou-story:go', stepId: 'atlantis' }],
    ['another type', { type: 'guizhou-story:step', stepId: 'plateau' }],
    ['a step id that is not a string', { type: 'guizhou-story:go', stepId: 3 }],
    [
      'an extra field',
      { type: 'guizhou-story:go', stepId: 'plateau', html: '<img onerror=alert(1)>' },
    ],
    ['a missing step id', { type: 'guizhou-story:go' }],
    ['an inherited key', Object.create({ type: 'guizhou-story:go', stepId: 'plateau' })],
    ['a prototype key', JSON.parse('{"type":"guizhou-story:go","stepId":"__proto__"}')],
  ])('ignores %s', (_name, data) => {
    expect(parseGoMessage(data, IDS)).toBeNull();
  });
});

describe('stepMessage', () => {
  it('names the step and where it is', () => {
    expect(stepMessage('plateau', 2, 19)).toEqual({
      type: 'guizhou-story:step',
      stepId: 'plateau',
      position: 2,
      total: 19,
    });
  });
});
