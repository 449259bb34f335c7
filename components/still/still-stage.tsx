'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { LazyStoryMap } from '@/components/map/lazy-story-map';
import { parseStepHash } from '@/lib/navigation/step-hash';
import { sceneFor } from '@/lib/story/scene-for';
import type { SceneId } from '@/lib/story/scenes';
import { StillTitleBand } from './still-title-band';

/** What the still page needs of a step: its id and scene, and the words of its title band. */
export interface StillStep {
  readonly id: string;
  readonly scene: SceneId;
  readonly title: string;
  /** "Step 5 of 19". */
  readonly position: string;
}

interface StillStageProps {
  readonly steps: readonly StillStep[];
  readonly storyTitle: string;
}

function useHashStep(steps: readonly StillStep[]): StillStep | undefined {
  const ids = useMemo(() => steps.map((step) => step.id), [steps]);
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setId(parseStepHash(window.location.hash, ids) ?? ids[0] ?? null);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [ids]);
  return steps.find((step) => step.id === id);
}

/**
 * One step's map as its still picture shows it: the title band over the live map (the same
 * components and style the reader gets) with its key open, filling the window. The step is the
 * URL's hash. The map takes no motion, prepares no later scenes, and says when it has settled
 * in the attributes the story's map pane uses (`data-map-scene`, `data-map-settled`), which
 * `npm run stills` and the visual tests wait on before they take the picture.
 */
export function StillStage({ steps, storyTitle }: StillStageProps) {
  const step = useHashStep(steps);
  const scene = useMemo(() => (step ? sceneFor(step) : undefined), [step]);
  const [settledOn, setSettledOn] = useState<SceneId | null>(null);
  const [failed, setFailed] = useState(false);
  const sceneId = scene?.id;
  const onFailure = useCallback(() => setFailed(true), []);
  return (
    <div className="still-stage" data-still-step={step?.id ?? ''}>
      {step ? (
        <StillTitleBand storyTitle={storyTitle} title={step.title} position={step.position} />
      ) : null}
      <div
        className="still-stage-map"
        data-map-scene={sceneId ?? ''}
        data-map-settled={sceneId !== undefined && settledOn === sceneId ? 'true' : 'false'}
        data-map-mode={failed ? 'failed' : 'live'}
      >
        {scene ? (
          <LazyStoryMap
            scene={scene}
            nextScene={undefined}
            reducedMotion
            onSettledScene={setSettledOn}
            onFailure={onFailure}
            prepareLater={false}
          />
        ) : null}
      </div>
    </div>
  );
}
