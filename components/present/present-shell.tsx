'use client';

import { useMemo, useRef } from 'react';
import { MapPane } from '@/components/map/map-pane';
import type { StepView } from '@/components/story/types';
import { useStepScenes } from '@/components/story/use-step-scenes';
import { openPresenterWindow } from '@/lib/present/open-presenter';
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
 * follows from one value, the active step.
 */
export function PresentShell({ steps, storyTitle }: PresentShellProps) {
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const deck = usePresentDeck(stepIds, openPresenterWindow);
  const { step, scene, nextScene } = useStepScenes(steps, deck.index);
  const panel = useRef<HTMLElement>(null);
  useFitText(panel, deck.state.stepId);
  if (!step || !scene) return null;

  return (
    <main className="present" id="main" data-active-step={step.id}>
      <MapPane
        stepId={step.id}
        scene={scene}
        nextScene={nextScene}
        description={step.mapDescription}
      />
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
        <div className="present-step" key={step.id}>
          {step.content}
        </div>
        <DeckButtons deck={deck} total={steps.length} qrLabel="show" />
      </section>
      {deck.helpOpen ? <KeysHelp onClose={deck.closeHelp} /> : null}
      {deck.state.qr ? <LazyQrOverlay stepId={step.id} onClose={() => deck.run('qr')} /> : null}
    </main>
  );
}
