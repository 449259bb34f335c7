import type { KeyPress } from '@/lib/dom/key-press';

/** What a key press asks presentation mode (or the presenter view) to do. */
export type PresentAction =
  'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'help' | 'qr' | 'presenter' | 'dismiss';

export interface KeyBinding {
  readonly action: PresentAction;
  /** `KeyboardEvent.key` values; letters in lower case (upper case, with Shift, works too). */
  readonly keys: readonly string[];
  /** What the help overlay says the keys do. */
  readonly does: string;
}

/**
 * Every key, once. Presentation clickers send PageDown / PageUp (some send the arrows), so
 * those are plain next / previous. The help overlay is drawn from this table.
 */
export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    action: 'next',
    keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'],
    does: 'Next step',
  },
  {
    action: 'previous',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'],
    does: 'Previous step',
  },
  { action: 'first', keys: ['Home'], does: 'First step' },
  { action: 'last', keys: ['End'], does: 'Last step' },
  { action: 'fullscreen', keys: ['f'], does: 'Fullscreen on or off' },
  { action: 'qr', keys: ['q'], does: 'QR code of this step on or off' },
  { action: 'presenter', keys: ['p'], does: 'Open the presenter view in a new window' },
  { action: 'help', keys: ['?'], does: 'These keys' },
  { action: 'dismiss', keys: ['Escape'], does: 'Close this help or the QR code; leave fullscreen' },
];

/** How the help overlay names a key. */
export const KEY_LABELS: Readonly<Record<string, string>> = {
  ArrowRight: '→',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowUp: '↑',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  ' ': 'Space',
  Enter: 'Enter',
  Backspace: 'Backspace',
  Home: 'Home',
  End: 'End',
  Escape: 'Esc',
};

const ACTION_BY_KEY = new Map(
  KEY_BINDINGS.flatMap((binding) => binding.keys.map((key) => [key, binding.action] as const)),
);

/** Keys a focused button or link acts on itself: the press is the control's, not the deck's. */
const CONTROL_KEYS = new Set([' ', 'Enter']);

/**
 * The action a key press asks for, or null for a press that is not ours: one with Ctrl, Alt
 * or Meta (the browser's and the system's shortcuts), one typed into a field, or Enter and
 * Space on a focused button. Shift is allowed, since `?` needs it on most layouts; Shift+Space
 * goes back, as it scrolls back in a browser.
 */
export function actionForKey(press: KeyPress): PresentAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (press.target === 'editable') return null;
  if (press.target === 'control' && CONTROL_KEYS.has(press.key)) return null;
  if (press.key === ' ' && press.shiftKey) return 'previous';
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return ACTION_BY_KEY.get(key) ?? null;
}
