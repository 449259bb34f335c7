import { describe, expect, it } from 'vitest';
import type { KeyPress } from '@/lib/dom/key-press';
import { readingActionFor, targetIndex } from './reading-keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  target: 'other',
  ...extra,
});

describe('readingActionFor', () => {
  it.each([
    ['j', 'next'],
    ['ArrowDown', 'next'],
    ['k', 'previous'],
    ['ArrowUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
  ] as const)('%s → %s', (key, action) => {
    expect(readingActionFor(press(key))).toBe(action);
  });

  it.each([' ', 'PageDown', 'PageUp', 'Tab', 'Enter', 'x', 'J'])(
    '%j stays with the browser',
    (key) => {
      expect(readingActionFor(press(key))).toBeNull();
    },
  );

  it.each([
    { name: 'Shift (text selection)', extra: { shiftKey: true } },
    { name: 'Ctrl', extra: { ctrlKey: true } },
    { name: 'Alt', extra: { altKey: true } },
    { name: 'Meta', extra: { metaKey: true } },
    { name: 'typing in a field', extra: { target: 'editable' as const } },
  ])('ignores ArrowDown with $name', ({ extra }) => {
    expect(readingActionFor(press('ArrowDown', extra))).toBeNull();
  });
});

describe('targetIndex', () => {
  it.each([
    ['next', 0, 19, 1],
    ['next', 18, 19, 18],
    ['previous', 0, 19, 0],
    ['previous', 5, 19, 4],
    ['first', 7, 19, 0],
    ['last', 7, 19, 18],
    ['last', 0, 0, 0],
  ] as const)('%s from %i of %i → %i', (action, current, count, expected) => {
    expect(targetIndex(action, current, count)).toBe(expected);
  });
});
