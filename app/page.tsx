import { Credits } from '@/components/story/credits';
import { StepContent } from '@/components/story/step-content';
import { StoryHeader } from '@/components/story/story-header';
import { StoryShell } from '@/components/story/story-shell';
import type { StepView } from '@/components/story/types';
import { getStory } from '@/lib/content/get-story';

/** The scroll article: every step's text is in the static HTML; the map joins after it. */
export default function StoryPage() {
  const story = getStory();
  const total = story.steps.length;
  const steps: StepView[] = story.steps.map((step) => ({
    id: step.id,
    scene: step.scene,
    title: step.title,
    mapDescription: step.mapDescription,
    content: <StepContent step={step} total={total} />,
  }));
  return (
    <>
      <StoryShell steps={steps} header={<StoryHeader meta={story.meta} />} />
      <Credits story={story} />
    </>
  );
}
