'use client';

import { useMemo } from 'react';
import { LessonNote } from '@/components/lesson/lesson-note';
import { useLessonSteps } from '@/lib/lesson/use-lesson';
import { useEdition } from '@/lib/i18n/use-edition';
import { PRESENTER_TEXT } from '@/lib/i18n/presenter-text';
import { DeckButtons } from './deck-buttons';
import { KeysHelp } from './keys-help';
import { PresenterClock } from './presenter-clock';
import { PresenterSteps } from './presenter-steps';
import { StepCounter } from './step-counter';
import type { PresenterStep } from './types';
import { usePresentDeck } from './use-present-deck';

/** The presenter view has no window of its own to open. */
const NOT_HERE = ['presenter'] as const;

/**
 * The teacher's own screen: this step's notes and discussion question, what comes next, the
 * time. Its keys drive the audience screen, and it follows that screen's keys, over the
 * presentation's BroadcastChannel. No map: it stays light beside the one on the projector.
 * Opened from a lesson, it presents the same lesson (`?steps=`).
 */
export function PresenterView({ steps: storySteps }: { readonly steps: readonly PresenterStep[] }) {
  const { steps, lesson } = useLessonSteps(storySteps);
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const deck = usePresentDeck(stepIds);
  const text = PRESENTER_TEXT[useEdition()];
  const step = steps[deck.index];
  const next = steps[deck.index + 1];
  if (!step) return null;

  return (
    <main className="presenter" id="main" data-active-step={step.id}>
      <header className="presenter-head">
        <StepCounter index={deck.index} total={steps.length} title={step.title} />
        <p className="presenter-qr" data-qr-shown={deck.state.qr ? 'true' : 'false'}>
          {deck.state.qr ? text.qrShown : ''}
        </p>
        <PresenterClock startedAt={deck.state.startedAt} onRestart={deck.restartClock} />
        <LessonNote note={lesson.note} />
      </header>
      <section className="presenter-now" id="story-text" aria-labelledby="presenter-title">
        <p className="presenter-label">{text.now}</p>
        <h1 id="presenter-title">{step.title}</h1>
        <h2>{text.notes}</h2>
        <p className="presenter-notes">{step.notes}</p>
        <h2>{text.ask}</h2>
        <p className="presenter-question">{step.question}</p>
        <h2>{text.onMap}</h2>
        <p className="presenter-map">{step.mapDescription}</p>
      </section>
      <div className="presenter-side">
        <aside className="presenter-next" aria-label={text.nextLabel}>
          <p className="presenter-label">{text.next}</p>
          <p className="presenter-next-title">{next ? next.title : text.end}</p>
        </aside>
        <PresenterSteps steps={steps} activeIndex={deck.index} onGo={deck.goTo} />
      </div>
      <footer className="presenter-foot">
        <DeckButtons deck={deck} total={steps.length} qrLabel="on-screen" />
      </footer>
      {deck.helpOpen ? <KeysHelp onClose={deck.closeHelp} without={NOT_HERE} /> : null}
    </main>
  );
}
