import { describe, expect, it } from 'vitest';
import type { KeyPress } from '@/lib/dom/key-press';
import { readingActionFor } from './reading-keys';

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
