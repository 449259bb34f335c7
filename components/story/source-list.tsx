import type { Edition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import type { SourceLink } from '@/lib/story/types';

/** A step's sources, folded away under one line so they do not crowd the text. */
export function SourceList({
  sources,
  edition = 'en',
}: {
  readonly sources: readonly SourceLink[];
  readonly edition?: Edition;
}) {
  return (
    <details className="sources">
      <summary>{UI_TEXT[edition].sources(sources.length)}</summary>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noreferrer">
              {source.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
