/**
 * Where a press landed, as far as keys care: a field that takes typing, a control that Enter
 * and Space activate (a button, a link), or anything else.
 */
export type KeyTarget = 'editable' | 'control' | 'other';

/** The parts of a `KeyboardEvent` that key mappings read (a plain object in tests). */
export interface KeyPress {
  /** `KeyboardEvent.key`: the character or named key, after the keyboard layout. */
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly target: KeyTarget;
}

/** Inputs that take a click rather than typing: Enter and Space act on them. */
const CLICKABLE_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image']);
const CONTROL_ROLES = new Set([
  'button',
  'link',
  'checkbox',
  'switch',
  'tab',
  'menuitem',
  'option',
]);

/** What a key press landed on: a field that takes typing, a control, or anything else. */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (!(target instanceof Element)) return 'other';
  if (target instanceof HTMLElement && target.isContentEditable) return 'editable';
  if (target instanceof HTMLInputElement) {
    return CLICKABLE_INPUTS.has(target.type) ? 'control' : 'editable';
  }
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return 'editable';
  }
  if (target.matches('button, a[href], summary')) return 'control';
  return CONTROL_ROLES.has(target.getAttribute('role') ?? '') ? 'control' : 'other';
}

export function toKeyPress(event: KeyboardEvent): KeyPress {
  return {
    key: event.key,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    target: keyTargetOf(event.target),
  };
}
