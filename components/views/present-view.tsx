import { PresentShell } from '@/components/present/present-shell';
import { SourceList } from '@/components/story/source-list';
import { StepText } from '@/components/story/step-text';
import { toStepView } from '@/components/story/to-step-view';
import type { Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';

/** Presentation mode: the same steps and scenes as the article, one step per screen. */
export function PresentView({ edition }: { readonly edition: Edition }) {
  const story = getStory(edition);
  const steps = story.steps.map((step) =>
    toStepView(
      step,
      <>
        <StepText step={step} edition={edition} />
        <SourceList sources={step.sources} edition={edition} />
      </>,
    ),
  );
  return <PresentShell steps={steps} storyTitle={story.meta.title} />;
}
