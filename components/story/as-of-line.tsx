import type { Edition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import type { StoryMeta } from '@/lib/content/schema';

/** "Facts checked as of 5 December 2026": how current the story is, in the story's language. */
export function AsOfLine({
  meta,
  edition = 'en',
}: {
  readonly meta: StoryMeta;
  readonly edition?: Edition;
}) {
  const date = new Date(`${meta.asOf}T00:00:00Z`);
  const spoken = new Intl.DateTimeFormat(meta.lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return (
    <p className="as-of">
      {UI_TEXT[edition].factsCheckedAsOf}
      <time dateTime={meta.asOf}>{spoken}</time>
    </p>
  );
}
