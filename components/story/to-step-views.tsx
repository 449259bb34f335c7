import type { Story } from '@/lib/content/types';
import { StepContent } from './step-content';
import type { StepView } from './types';

/** The story's steps as the client shell takes them: ids and words, content rendered here. */
export function toStepViews(story: Story): StepView[] {
  const total = story.steps.length;
  return story.steps.map((step) => ({
    id: step.id,
    scene: step.scene,
    title: step.title,
    mapDescription: step.mapDescription,
    content: <StepContent step={step} total={total} />,
  }));
}
