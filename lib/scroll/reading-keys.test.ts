import { describe, expect, it } from 'vitest';
import { byResult, itReturns } from '@/lib/testing/it-returns';
import { press } from '@/lib/testing/press';
import { readingActionFor } from './reading-keys';

describe('readingActionFor', () => {
  itReturns(
    '%s → %s',
    (key: string) => readingActionFor(press(key)),
    byResult({
      next: ['j', 'ArrowDown'],
      previous: ['k', 'ArrowUp'],
      first: ['Home'],
      last: ['End'],
    }),
  );

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
