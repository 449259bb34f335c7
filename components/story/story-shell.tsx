'use client';

import { useMemo, type ReactNode } from 'react';
import { MapPane } from '@/components/map/map-pane';
import { useEmbedBridge } from '@/lib/embed/use-embed-bridge';
import { useActiveStep } from '@/lib/scroll/use-active-step';
import { useReadingKeys } from '@/lib/scroll/use-reading-keys';
import { LazySaveOffline } from '@/components/offline/lazy-save-offline';
import { StepIndex } from './step-index';
import { StepSection } from './step-section';
import type { StepView } from './types';
import { useStepScenes } from './use-step-scenes';

interface StoryShellProps {
  readonly steps: readonly StepView[];
  /** The title block, above the first step. */
  readonly header: ReactNode;
  /** Inside an iframe: report the active step to the parent page and take its requests. */
  readonly embedded?: boolean;
}

/**
 * The scroll article: the sticky map beside (desktop) or above (phone) the steps. Everything
 * on screen follows from one value, the active step.
 */
export function StoryShell({ steps, header, embedded = false }: StoryShellProps) {
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const { activeStepId, goToStep } = useActiveStep(stepIds);
  useReadingKeys(stepIds, activeStepId, goToStep);
  useEmbedBridge(embedded, stepIds, activeStepId, goToStep);
  const index = Math.max(0, stepIds.indexOf(activeStepId));
  const { step, scene, nextScene } = useStepScenes(steps, index);

  return (
    <>
      <StepIndex
        steps={steps}
        activeIndex={index}
        onNavigate={goToStep}
        // Not in a frame on another site: the host page is not the reader's to save.
        footer={embedded ? null : <LazySaveOffline variant="compact" />}
      />
      <main className="story" id="main" data-active-step={activeStepId}>
        <div className="story-header">{header}</div>
        {scene && step ? <MapPane step={step} scene={scene} nextScene={nextScene} /> : null}
        <div className="steps" id="story-text">
          {steps.map((view) => (
            <StepSection
              key={view.id}
              id={view.id}
              active={view.id === activeStepId}
              labelledBy={view.title ? `${view.id}-title` : undefined}
            >
              {view.content}
            </StepSection>
          ))}
        </div>
        <span className="step-trigger" data-step-trigger aria-hidden="true" />
      </main>
    </>
  );
}
