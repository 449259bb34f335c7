import { useMemo } from 'react';
import { sceneFor, type Scene } from '@/lib/story/scene-for';
import type { StepView } from './types';

export interface StepScenes {
  readonly step: StepView | undefined;
  readonly scene: Scene | undefined;
  /** The next step's scene, whose data the map fetches ahead. */
  readonly nextScene: Scene | undefined;
}

/** The step at `index` and its scene, with the next one's: what every view hands the map. */
export function useStepScenes(steps: readonly StepView[], index: number): StepScenes {
  const step = steps[index];
  const next = steps[index + 1];
  const scene = useMemo(() => (step ? sceneFor(step) : undefined), [step]);
  const nextScene = useMemo(() => (next ? sceneFor(next) : undefined), [next]);
  return { step, scene, nextScene };
}
