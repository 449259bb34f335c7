import { Credits } from '@/components/story/credits';
import { StoryHeader } from '@/components/story/story-header';
import { StoryShell } from '@/components/story/story-shell';
import { toStepViews } from '@/components/story/to-step-views';
import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import { BASE_PATH } from '@/lib/site/base-path';

/**
 * The scroll article: every step's text is in the static HTML; the map joins after it.
 * `embedded`, for an iframe on a school's site or learning platform: the same article, which
 * reports its active step to the parent page (see the README for the message protocol), with
 * a link to the full story's credits instead of the credits themselves.
 */
export function StoryView({
  edition,
  embedded = false,
}: {
  readonly edition: Edition;
  readonly embedded?: boolean;
}) {
  const story = getStory(edition);
  return (
    <>
      <StoryShell
        steps={toStepViews(story, edition)}
        header={<StoryHeader meta={story.meta} edition={edition} />}
        embedded={embedded}
      />
      {embedded ? (
        <footer className="embed-credit">
          <a
            href={`${BASE_PATH}${EDITION_PREFIX[edition]}/#credits`}
            target="_blank"
            rel="noopener"
          >
            {UI_TEXT[edition].embedCredit}
          </a>
        </footer>
      ) : (
        <Credits story={story} edition={edition} />
      )}
    </>
  );
}
