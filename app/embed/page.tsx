import type { Metadata } from 'next';
import { StoryHeader } from '@/components/story/story-header';
import { StoryShell } from '@/components/story/story-shell';
import { toStepViews } from '@/components/story/to-step-views';
import { getStory } from '@/lib/content/get-story';
import { BASE_PATH } from '@/lib/site/base-path';

export const metadata: Metadata = { robots: { index: false } };

/**
 * The story for an iframe on a school's site or learning platform: the same article, which
 * reports its active step to the parent page (see the README for the message protocol).
 */
export default function EmbedPage() {
  const story = getStory();
  return (
    <>
      <StoryShell steps={toStepViews(story)} header={<StoryHeader meta={story.meta} />} embedded />
      <footer className="embed-credit">
        <a href={`${BASE_PATH}/#credits`} target="_blank" rel="noopener">
          Sources, credits and the full story
        </a>
      </footer>
    </>
  );
}
