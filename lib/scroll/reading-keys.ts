import type { KeyPress } from '@/lib/dom/key-press';
import type { StepMove } from '@/lib/navigation/step-moves';

const ACTIONS: Readonly<Record<string, StepMove>> = {
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
export function readingActionFor(press: KeyPress): StepMove | null {
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
