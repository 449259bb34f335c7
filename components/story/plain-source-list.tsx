import type { Edition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import type { SourceLink } from '@/lib/story/types';

/** A step's sources as a plain list with their addresses, for paper and the text view. */
export function PlainSourceList({
  sources,
  edition = 'en',
}: {
  readonly sources: readonly SourceLink[];
  readonly edition?: Edition;
}) {
  return (
    <div className="plain-sources">
      <p className="plain-sources-title">{UI_TEXT[edition].plainSources(sources.length)}</p>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noreferrer">
              {source.label}
            </a>{' '}
            <span className="source-url">{source.url}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
