'use client';

import { useEffect, useId, useRef } from 'react';
import { useEdition } from '@/lib/i18n/use-edition';
import { PRESENT_TEXT } from '@/lib/i18n/present-text';
import { KEY_BINDINGS, KEY_LABELS, type PresentAction } from '@/lib/present/keys';

interface KeysHelpProps {
  readonly onClose: () => void;
  /** Actions this view does not offer. */
  readonly without?: readonly PresentAction[];
}

/**
 * The keys, drawn from the same table that handles them. A modal dialog: focus moves into it
 * and comes back when it closes; Esc, `?` and its button close it.
 */
export function KeysHelp({ onClose, without = [] }: KeysHelpProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const text = PRESENT_TEXT[useEdition()];

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    return () => dialog.close();
  }, []);

  return (
    <dialog ref={ref} className="keys-help" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{text.keysTitle}</h2>
      <dl>
        {KEY_BINDINGS.filter((binding) => !without.includes(binding.action)).map((binding) => (
          <div key={binding.action}>
            <dt>
              {binding.keys.map((key) => (
                <kbd key={key}>{KEY_LABELS[key] ?? key.toUpperCase()}</kbd>
              ))}
            </dt>
            <dd>{text.does?.[binding.action] ?? binding.does}</dd>
          </div>
        ))}
      </dl>
      <p className="keys-help-note">{text.clickerNote}</p>
      <button type="button" className="present-button" onClick={onClose}>
        {text.close}
      </button>
    </dialog>
  );
}
