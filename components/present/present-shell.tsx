'use client';

import { useCallback, useMemo, useRef } from 'react';
import { LessonNote } from '@/components/lesson/lesson-note';
import { MapPane } from '@/components/map/map-pane';
import type { StepView } from '@/components/story/types';
import { useStepScenes } from '@/components/story/use-step-scenes';
import { useEdition } from '@/lib/i18n/use-edition';
import { useLessonSteps } from '@/lib/lesson/use-lesson';
import { openPresenterWindow } from '@/lib/present/open-presenter';
import type { StepId } from '@/lib/story/types';
import { LazySaveOffline } from '@/components/offline/lazy-save-offline';
import { DeckButtons } from './deck-buttons';
import { KeysHelp } from './keys-help';
import { LazyQrOverlay } from './lazy-qr-overlay';
import { StepCounter } from './step-counter';
import { useFitText } from './use-fit-text';
import { usePresentDeck } from './use-present-deck';

interface PresentShellProps {
  readonly steps: readonly StepView[];
  readonly storyTitle: string;
}

/**
 * Presentation mode, for a projector: one step per screen, the map large beside the step's
 * text, moved by keys, a clicker or the presenter view. Like the scroll article, everything
 * follows from one value, the active step. A lesson link (`?steps=`) narrows the deck to its
 * steps in its order: the counter, keys, presenter view and QR codes all count those alone.
 */
export function PresentShell({ steps: storySteps, storyTitle }: PresentShellProps) {
  const { steps, lesson } = useLessonSteps(storySteps);
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const lessonStepIds = lesson.isLesson ? lesson.stepIds : null;
  const edition = useEdition();
  const openPresenter = useCallback(
    (stepId: StepId) => openPresenterWindow(stepId, lessonStepIds, edition),
    [lessonStepIds, edition],
  );
  const deck = usePresentDeck(stepIds, openPresenter);
  const { step, scene, nextScene } = useStepScenes(steps, deck.index);
  const panel = useRef<HTMLElement>(null);
  useFitText(panel, deck.state.stepId);
  if (!step || !scene) return null;

  return (
    <main className="present" id="main" data-active-step={step.id}>
      <MapPane step={step} scene={scene} nextScene={nextScene} />
      <section
        className="present-panel"
        id="story-text"
        aria-labelledby={step.title ? `${step.id}-title` : undefined}
        ref={panel}
      >
        <header className="present-head">
          <p className="present-story-title">{storyTitle}</p>
          <StepCounter index={deck.index} total={steps.length} title={step.title} />
        </header>
        <LessonNote note={lesson.note} />
        <div className="present-step" key={step.id}>
          {step.content}
        </div>
        <DeckButtons deck={deck} total={steps.length} qrLabel="show" />
      </section>
      <LazySaveOffline variant="prominent" />
      {deck.helpOpen ? <KeysHelp onClose={deck.closeHelp} /> : null}
      {deck.state.qr ? (
        <LazyQrOverlay
          stepId={step.id}
          lessonStepIds={lessonStepIds}
          onClose={() => deck.run('qr')}
        />
      ) : null}
    </main>
  );
}
