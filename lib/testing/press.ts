import type { KeyPress } from '@/lib/dom/key-press';

/** For tests: `key` pressed alone on no field or control, with whatever `changes` say. */
export function press(key: string, changes: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    target: 'other',
    ...changes,
  };
}
