import type { Edition } from '@/lib/content/editions';
import type { Story } from '@/lib/content/types';
import { SourceList } from './source-list';
import { StepContent } from './step-content';
import { StepStill } from './step-still';
import { toStepView } from './to-step-view';
import type { StepView } from './types';

/**
 * The scroll article's steps as its client shell takes them. Each also carries what only
 * paper needs (its map as a still, its sources written out), hidden on screen, so that
 * printing the article gives a handout.
 */
export function toStepViews(story: Story, edition: Edition = 'en'): StepView[] {
  const total = story.steps.length;
  return story.steps.map((step) =>
    toStepView(
      step,
      <>
        <StepContent step={step} total={total} edition={edition} />
        <div className="print-only">
          <StepStill stepId={step.id} description={step.mapDescription} edition={edition} />
          <SourceList sources={step.sources} edition={edition} plain />
        </div>
      </>,
    ),
  );
}
