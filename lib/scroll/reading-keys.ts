import type { KeyPress } from '@/lib/dom/key-press';

/** What a key press asks of the scroll article. */
export type ReadingAction = 'next' | 'previous' | 'first' | 'last';

const ACTIONS: Readonly<Record<string, ReadingAction>> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * Keys that move the article a whole step. Any modifier leaves the press to the browser
 * (Shift+arrows select text, Ctrl+Home is the browser's), as does typing in a field; Space and
 * Page Up/Down keep scrolling by the screen, as readers expect of a page.
 */
export function readingActionFor(press: KeyPress): ReadingAction | null {
  if (
    press.altKey ||
    press.ctrlKey ||
    press.metaKey ||
    press.shiftKey ||
    press.target === 'editable'
  )
    return null;
  return ACTIONS[press.key] ?? null;
}

/** The step an action leads to, clamped to the story. */
export function targetIndex(action: ReadingAction, current: number, count: number): number {
  const last = Math.max(count - 1, 0);
  switch (action) {
    case 'next':
      return Math.min(current + 1, last);
    case 'previous':
      return Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
