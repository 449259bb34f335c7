import type { Edition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import type { StoryMeta } from '@/lib/content/schema';
import { BASE_PATH } from '@/lib/site/base-path';
import { AsOfLine } from './as-of-line';

/** The title block: what the story is, who made it, and what it retells. */
export function StoryHeader({
  meta,
  edition = 'en',
}: {
  readonly meta: StoryMeta;
  readonly edition?: Edition;
}) {
  const text = UI_TEXT[edition];
  const prefix = edition === 'zh' ? '/zh' : '';
  return (
    <header className="story-hero">
      <p className="kicker">{text.kicker}</p>
      <h1>{meta.title}</h1>
      <p className="dek">{meta.dek}</p>
      <p className="byline">{meta.byline}</p>
      <AsOfLine meta={meta} edition={edition} />
      <p className="story-links">
        <a href={`${BASE_PATH}${prefix}/text/`}>{text.readAsText}</a>
        {text.readAsTextWhy}
      </p>
      <p className="scroll-hint" aria-hidden="true">
        {text.scrollHint}
      </p>
    </header>
  );
}
