import { Credits } from '@/components/story/credits';
import { StepContent } from '@/components/story/step-content';
import { StoryHeader } from '@/components/story/story-header';
import { StoryShell } from '@/components/story/story-shell';
import { toStepView } from '@/components/story/to-step-view';
import { getStory } from '@/lib/content/get-story';

/** The scroll article: every step's text is in the static HTML; the map joins after it. */
export default function StoryPage() {
  const story = getStory();
  const total = story.steps.length;
  const steps = story.steps.map((step) =>
    toStepView(step, <StepContent step={step} total={total} />),
  );
  return (
    <>
      <StoryShell steps={steps} header={<StoryHeader meta={story.meta} />} />
      <Credits story={story} />
    </>
  );
}
