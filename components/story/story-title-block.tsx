import type { ReactNode } from 'react';
import type { InEdition } from '@/lib/content/editions';
import type { StoryMeta } from '@/lib/content/schema';
import { AsOfLine } from './as-of-line';
import { TitleBlock } from './title-block';

/**
 * The story's title block, as the article and the text view open: the title, the dek, who
 * made it and how current it is, then the view's own links (`children`).
 */
export function StoryTitleBlock({
  className,
  kicker,
  meta,
  edition = 'en',
  children,
}: InEdition<{ className: string; kicker: string; meta: StoryMeta; children: ReactNode }>) {
  return (
    <TitleBlock className={className} kicker={kicker} title={meta.title}>
      <p className="dek">{meta.dek}</p>
      <p className="byline">{meta.byline}</p>
      <AsOfLine meta={meta} edition={edition} />
      {children}
    </TitleBlock>
  );
}
