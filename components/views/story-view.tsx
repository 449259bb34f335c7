import { Credits } from '@/components/story/credits';
import { StoryHeader } from '@/components/story/story-header';
import { StoryShell } from '@/components/story/story-shell';
import { toStepViews } from '@/components/story/to-step-views';
import type { Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';

/** The scroll article: every step's text is in the static HTML; the map joins after it. */
export function StoryView({ edition }: { readonly edition: Edition }) {
  const story = getStory(edition);
  return (
    <>
      <StoryShell
        steps={toStepViews(story, edition)}
        header={<StoryHeader meta={story.meta} edition={edition} />}
      />
      <Credits story={story} edition={edition} />
    </>
  );
}
