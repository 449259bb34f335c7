import { Credits } from '@/components/story/credits';
import { StoryHeader } from '@/components/story/story-header';
import { StoryShell } from '@/components/story/story-shell';
import { toStepViews } from '@/components/story/to-step-views';
import { getStory } from '@/lib/content/get-story';

/** The scroll article: every step's text is in the static HTML; the map joins after it. */
export default function StoryPage() {
  const story = getStory();
  return (
    <>
      <StoryShell steps={toStepViews(story)} header={<StoryHeader meta={story.meta} />} />
      <Credits story={story} />
    </>
  );
}
