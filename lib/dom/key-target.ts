import type { KeyTarget } from '@/lib/present/keys';

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
