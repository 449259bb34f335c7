import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { StepId } from '@/lib/story/types';
import type { FocusRequest, LessonEditor } from './use-lesson-editor';

/** Every word of the lesson's list, in one place for translation. */
const WORDS = {
  heading: 'Your lesson',
  empty: 'No steps yet. Add steps from the story’s list.',
  keysHint: 'Move a step with its buttons, or with Alt and the up or down arrow.',
  up: 'Move up',
  down: 'Move down',
  remove: 'Remove',
  /** Said after each button's visible words, so a screen reader knows which step it moves. */
  which: (title: string) => ` “${title}”`,
  storyOrder: 'Put in story order',
  clear: 'Remove all',
} as const;

interface LessonOrderProps {
  readonly editor: LessonEditor;
  readonly titleOf: (id: StepId) => string;
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
  /** The step's title: a screen reader hears it after the label, to know which step. */
  readonly title: string;
  readonly disabled?: boolean;
  readonly onClick: () => void;
}

function StepButton({ control, icon, label, title, disabled = false, onClick }: StepButtonProps) {
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
      <span className="visually-hidden">{WORDS.which(title)}</span>
    </button>
  );
}

/**
 * The lesson, in order, with buttons to move each step up or down or take it out: large
 * enough for a finger, labelled for a screen reader, and with Alt+↑/↓ for a keyboard. Each
 * edit is announced by the builder's live region; focus follows the moved step.
 */
export function LessonOrder({ editor, titleOf }: LessonOrderProps) {
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
        {WORDS.heading}
      </h2>
      {ids.length === 0 ? (
        <p className="lesson-hint">{WORDS.empty}</p>
      ) : (
        <>
          <p className="lesson-hint">{WORDS.keysHint}</p>
          <ol className="lesson-list" aria-labelledby="lesson-order-heading">
            {ids.map((id, index) => {
              const title = titleOf(id);
              return (
                <li key={id} className="lesson-item" data-step-id={id} onKeyDown={onKeyDown(id)}>
                  <span className="lesson-item-number">{index + 1}</span>
                  <span className="lesson-item-title">{title}</span>
                  <span className="lesson-item-controls">
                    <StepButton
                      control="up"
                      icon="↑"
                      label={WORDS.up}
                      title={title}
                      disabled={index === 0}
                      onClick={() => editor.move(id, -1)}
                    />
                    <StepButton
                      control="down"
                      icon="↓"
                      label={WORDS.down}
                      title={title}
                      disabled={index === ids.length - 1}
                      onClick={() => editor.move(id, 1)}
                    />
                    <StepButton
                      control="remove"
                      label={WORDS.remove}
                      title={title}
                      onClick={() => editor.remove(id)}
                    />
                  </span>
                </li>
              );
            })}
          </ol>
          <p className="lesson-list-actions">
            <button type="button" className="lesson-button" onClick={editor.orderAsStory}>
              {WORDS.storyOrder}
            </button>
            <button type="button" className="lesson-button" onClick={editor.clear}>
              {WORDS.clear}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
