import { describe, expect, it } from 'vitest';
import { byResult, itReturns } from '@/lib/testing/it-returns';
import { press } from '@/lib/testing/press';
import { KEY_BINDINGS, KEY_LABELS, actionForKey } from './keys';

describe('actionForKey', () => {
  itReturns(
    '%j asks for %s',
    (key: string) => actionForKey(press(key)),
    byResult({
      next: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'],
      previous: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'],
      first: ['Home'],
      last: ['End'],
      fullscreen: ['f', 'F'],
      help: ['?'],
      qr: ['q', 'Q'],
      presenter: ['p', 'P'],
      dismiss: ['Escape'],
    }),
  );

  it.each([['a'], ['x'], ['1'], ['Tab'], ['Shift'], ['F5'], ['F11'], ['Dead'], ['Unidentified']])(
    '%j is not ours',
    (key) => {
      expect(actionForKey(press(key))).toBeNull();
    },
  );

  it('takes a clicker and a shifted key as they come', () => {
    expect(actionForKey(press('PageDown', { shiftKey: true }))).toBe('next');
    expect(actionForKey(press('?', { shiftKey: true }))).toBe('help');
    expect(actionForKey(press('F', { shiftKey: true }))).toBe('fullscreen');
  });

  it('goes back on Shift+Space, as a browser scrolls back', () => {
    expect(actionForKey(press(' ', { shiftKey: true }))).toBe('previous');
  });

  const MODIFIERS = ['altKey', 'ctrlKey', 'metaKey'] as const;
  const EVERY_KEY = KEY_BINDINGS.flatMap((binding) => binding.keys);

  it.each(MODIFIERS)('ignores every key pressed with %s', (modifier) => {
    for (const key of EVERY_KEY) expect(actionForKey(press(key, { [modifier]: true }))).toBeNull();
  });

  it('ignores every key typed into a form field', () => {
    for (const key of EVERY_KEY)
      expect(actionForKey(press(key, { target: 'editable' }))).toBeNull();
  });

  it('leaves Enter and Space on a focused button or link to the control', () => {
    expect(actionForKey(press('Enter', { target: 'control' }))).toBeNull();
    expect(actionForKey(press(' ', { target: 'control' }))).toBeNull();
    expect(actionForKey(press('PageDown', { target: 'control' }))).toBe('next');
    expect(actionForKey(press('ArrowLeft', { target: 'control' }))).toBe('previous');
    expect(actionForKey(press('Escape', { target: 'control' }))).toBe('dismiss');
  });

  it('binds each key once, and names every key that is not a letter or symbol', () => {
    expect(new Set(EVERY_KEY).size).toBe(EVERY_KEY.length);
    for (const key of EVERY_KEY) {
      if (key.length > 1 || key === ' ') expect(KEY_LABELS[key]).toBeDefined();
    }
  });
});
