import { EDITION_PREFIX, type InEdition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import type { StoryMeta } from '@/lib/content/schema';
import { BASE_PATH } from '@/lib/site/base-path';
import { StoryTitleBlock } from './story-title-block';

/** The title block: what the story is, who made it, and what it retells. */
export function StoryHeader({ meta, edition = 'en' }: InEdition<{ meta: StoryMeta }>) {
  const text = UI_TEXT[edition];
  return (
    <StoryTitleBlock className="story-hero" kicker={text.kicker} meta={meta} edition={edition}>
      <p className="story-links">
        <a href={`${BASE_PATH}${EDITION_PREFIX[edition]}/text/`}>{text.readAsText}</a>
        {text.readAsTextWhy}
      </p>
      <p className="scroll-hint" aria-hidden="true">
        {text.scrollHint}
      </p>
    </StoryTitleBlock>
  );
}
