import type { ReactNode } from 'react';
import type { Step } from '@/lib/content/types';
import type { StepView } from './types';

/** A step as a client shell gets it: ids and words, with `content` already rendered on the server. */
export function toStepView(step: Step, content: ReactNode): StepView {
  return {
    id: step.id,
    scene: step.scene,
    title: step.title,
    mapDescription: step.mapDescription,
    content,
  };
}
