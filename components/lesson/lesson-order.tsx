import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { LessonText } from '@/lib/i18n/lesson-text';
import type { StepId } from '@/lib/story/types';
import type { FocusRequest, LessonEditor } from './use-lesson-editor';

interface LessonOrderProps {
  readonly editor: LessonEditor;
  readonly titleOf: (id: StepId) => string;
  readonly words: LessonText;
}

/** Moves focus where an edit asks, after the list has re-rendered. */
function useFocusAfterEdit(focus: FocusRequest | null) {
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    const root = list.current;
    if (!focus || !root) return;
    if (focus.control === 'heading' || focus.id === null) {
      root.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    const item = root.querySelector(`[data-step-id="${focus.id}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-control="${focus.control}"]`);
    // At an end the wanted button is disabled: the other move button takes focus instead.
    const target = wanted?.disabled
      ? item?.querySelector<HTMLButtonElement>('button:not(:disabled)')
      : wanted;
    target?.focus();
  }, [focus]);
  return list;
}

interface StepButtonProps {
  readonly control: FocusRequest['control'];
  /** An arrow for the eye; a screen reader hears the label alone. */
  readonly icon?: string;
  readonly label: string;
  /** The step's title, as a screen reader hears it after the label, to know which step. */
  readonly which: string;
  readonly disabled?: boolean;
  readonly onClick: () => void;
}

function StepButton({ control, icon, label, which, disabled = false, onClick }: StepButtonProps) {
  return (
    <button
      type="button"
      className="lesson-button"
      data-control={control}
      disabled={disabled}
      onClick={onClick}
    >
      {icon ? <span aria-hidden="true">{icon} </span> : null}
      {label}
      <span className="visually-hidden">{which}</span>
    </button>
  );
}

/**
 * The lesson, in order, with buttons to move each step up or down or take it out: large
 * enough for a finger, labelled for a screen reader, and with Alt+↑/↓ for a keyboard. Each
 * edit is announced by the builder's live region; focus follows the moved step.
 */
export function LessonOrder({ editor, titleOf, words }: LessonOrderProps) {
  const { order } = words;
  const list = useFocusAfterEdit(editor.focus);
  const { ids } = editor;

  const onKeyDown = (id: StepId) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    editor.move(id, event.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <section className="lesson-panel" aria-labelledby="lesson-order-heading" ref={list}>
      <h2 id="lesson-order-heading" tabIndex={-1}>
        {order.heading}
      </h2>
      {ids.length === 0 ? (
        <p className="lesson-hint">{order.empty}</p>
      ) : (
        <>
          <p className="lesson-hint">{order.keysHint}</p>
          <ol className="lesson-list" aria-labelledby="lesson-order-heading">
            {ids.map((id, index) => {
              const title = titleOf(id);
              const which = words.which(title);
              return (
                <li key={id} className="lesson-item" data-step-id={id} onKeyDown={onKeyDown(id)}>
                  <span className="lesson-item-number">{index + 1}</span>
                  <span className="lesson-item-title">{title}</span>
                  <span className="lesson-item-controls">
                    <StepButton
                      control="up"
                      icon="↑"
                      label={order.up}
                      which={which}
                      disabled={index === 0}
                      onClick={() => editor.move(id, -1)}
                    />
                    <StepButton
                      control="down"
                      icon="↓"
                      label={order.down}
                      which={which}
                      disabled={index === ids.length - 1}
                      onClick={() => editor.move(id, 1)}
                    />
                    <StepButton
                      control="remove"
                      label={order.remove}
                      which={which}
                      onClick={() => editor.remove(id)}
                    />
                  </span>
                </li>
              );
            })}
          </ol>
          <p className="lesson-list-actions">
            <button type="button" className="lesson-button" onClick={editor.orderAsStory}>
              {order.storyOrder}
            </button>
            <button type="button" className="lesson-button" onClick={editor.clear}>
              {order.clear}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
