'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useEdition } from '@/lib/i18n/use-edition';
import { CLIENT_TEXT, type ClientText } from '@/lib/i18n/client-text';

interface StepIndexProps {
  readonly steps: readonly { readonly id: string; readonly title: string | undefined }[];
  readonly activeIndex: number;
  readonly onNavigate: (id: string) => void;
  /** At the foot of the list: the story's "Save for offline use". */
  readonly footer?: ReactNode;
}

const titleOf = (step: StepIndexProps['steps'][number], index: number, text: ClientText) =>
  step.title ?? text.stepFallbackTitle(index + 1);

/**
 * Where the reader is, and a way to anywhere: a thin progress bar across the top (each
 * segment a step, clickable) and a "Steps" button that opens the list of every step's title,
 * the current one marked, for keyboards and screen readers.
 */
export function StepIndex({ steps, activeIndex, onNavigate, footer }: StepIndexProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const total = steps.length;
  const text = CLIENT_TEXT[useEdition()];

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    panel.current?.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const go = (id: string) => {
    setOpen(false);
    onNavigate(id);
    document.getElementById(id)?.focus({ preventScroll: true });
  };

  return (
    <div className="step-index">
      <div className="step-progress" aria-hidden="true">
        {steps.map((step, index) => (
          <a
            key={step.id}
            href={`#${step.id}`}
            tabIndex={-1}
            title={titleOf(step, index, text)}
            className={index <= activeIndex ? 'is-done' : undefined}
            onClick={(event) => {
              event.preventDefault();
              go(step.id);
            }}
          />
        ))}
      </div>
      <button
        type="button"
        className="step-index-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{text.stepsButton}</span>
        {activeIndex + 1} / {total}
        <span className="visually-hidden">{text.openStepList}</span>
      </button>
      <nav
        id={listId}
        ref={panel}
        className="step-index-panel"
        aria-label={text.stepListLabel}
        hidden={!open}
      >
        <ol>
          {steps.map((step, index) => (
            <li key={step.id}>
              <a
                href={`#${step.id}`}
                aria-current={index === activeIndex ? 'step' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  go(step.id);
                }}
              >
                <span className="step-index-number">
                  {index + 1}
                  <span className="visually-hidden">{text.stepOf(total)}</span>
                </span>{' '}
                {titleOf(step, index, text)}
              </a>
            </li>
          ))}
        </ol>
        {footer}
      </nav>
    </div>
  );
}
