/** The parts of a KeyboardEvent that key mappings read (a plain object in tests). */
export interface KeyPress {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  /** The press happened in a text field, a select or an editable element. */
  readonly inEditable: boolean;
}

/** Whether a key event's target takes typing, so its keys are not ours. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function toKeyPress(event: KeyboardEvent): KeyPress {
  return {
    key: event.key,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    inEditable: isEditableTarget(event.target),
  };
}
