import { StoryHeader } from '@/components/story/story-header';
import { StoryShell } from '@/components/story/story-shell';
import { toStepViews } from '@/components/story/to-step-views';
import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import { BASE_PATH } from '@/lib/site/base-path';

/**
 * The story for an iframe on a school's site or learning platform: the same article, which
 * reports its active step to the parent page (see the README for the message protocol).
 */
export function EmbedView({ edition }: { readonly edition: Edition }) {
  const story = getStory(edition);
  return (
    <>
      <StoryShell
        steps={toStepViews(story, edition)}
        header={<StoryHeader meta={story.meta} edition={edition} />}
        embedded
      />
      <footer className="embed-credit">
        <a href={`${BASE_PATH}${EDITION_PREFIX[edition]}/#credits`} target="_blank" rel="noopener">
          {UI_TEXT[edition].embedCredit}
        </a>
      </footer>
    </>
  );
}
