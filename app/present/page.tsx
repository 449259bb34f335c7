import type { Metadata } from 'next';
import { PresentShell } from '@/components/present/present-shell';
import { SourceList } from '@/components/story/source-list';
import { StepText } from '@/components/story/step-text';
import { toStepView } from '@/components/story/to-step-view';
import { getStory } from '@/lib/content/get-story';

export const metadata: Metadata = {
  title: `Presentation: ${getStory().meta.title}`,
};

/** Presentation mode: the same steps and scenes as the article, one step per screen. */
export default function PresentPage() {
  const story = getStory();
  const steps = story.steps.map((step) =>
    toStepView(
      step,
      <>
        <StepText step={step} />
        <SourceList sources={step.sources} />
      </>,
    ),
  );
  return <PresentShell steps={steps} storyTitle={story.meta.title} />;
}
