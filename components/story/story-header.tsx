import type { StoryMeta } from '@/lib/content/schema';
import { BASE_PATH } from '@/lib/site/base-path';
import { AsOfLine } from './as-of-line';

/** The title block: what the story is, who made it, and what it retells. */
export function StoryHeader({ meta }: { readonly meta: StoryMeta }) {
  return (
    <header className="story-hero">
      <p className="kicker">A map story</p>
      <h1>{meta.title}</h1>
      <p className="dek">{meta.dek}</p>
      <p className="byline">{meta.byline}</p>
      <AsOfLine meta={meta} />
      <p className="story-links">
        <a href={`${BASE_PATH}/text/`}>Read it as text</a> (fastest on any device, and for printing)
      </p>
      <p className="scroll-hint" aria-hidden="true">
        Scroll to begin ↓
      </p>
    </header>
  );
}
