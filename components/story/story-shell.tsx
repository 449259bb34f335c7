'use client';

import { LazyMotion, domAnimation } from 'framer-motion';
import { useMemo, type ReactNode } from 'react';
import { MapPane } from '@/components/map/map-pane';
import { useActiveStep } from '@/lib/scroll/use-active-step';
import { StepSection } from './step-section';
import type { StepView } from './types';
import { useStepScenes } from './use-step-scenes';

interface StoryShellProps {
  readonly steps: readonly StepView[];
  /** The title block, above the first step. */
  readonly header: ReactNode;
}

/**
 * The scroll article: the sticky map beside (desktop) or above (phone) the steps. Everything
 * on screen follows from one value, the active step.
 */
export function StoryShell({ steps, header }: StoryShellProps) {
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const { activeStepId } = useActiveStep(stepIds);
  const { step, scene, nextScene } = useStepScenes(
    steps,
    Math.max(0, stepIds.indexOf(activeStepId)),
  );

  return (
    <LazyMotion features={domAnimation} strict>
      <main className="story" id="main" data-active-step={activeStepId}>
        <div className="story-header">{header}</div>
        {scene && step ? (
          <MapPane scene={scene} nextScene={nextScene} description={step.mapDescription} />
        ) : null}
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
    </LazyMotion>
  );
}
