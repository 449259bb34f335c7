import type { Edition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import type { SourceLink } from '@/lib/story/types';

/** Each source as a list item: its link and, where it will be read on paper, its address. */
export function SourceItems({
  sources,
  withAddresses = false,
}: {
  readonly sources: readonly SourceLink[];
  readonly withAddresses?: boolean;
}) {
  return sources.map((source) => (
    <li key={source.url}>
      <a href={source.url} rel="noreferrer">
        {source.label}
      </a>
      {withAddresses ? (
        <>
          {' '}
          <span className="source-url">{source.url}</span>
        </>
      ) : null}
    </li>
  ));
}

/**
 * A step's sources: on screen folded away under one line so they do not crowd the text; `plain`,
 * a plain list with their addresses, for paper and the text view.
 */
export function SourceList({
  sources,
  edition = 'en',
  plain = false,
}: {
  readonly sources: readonly SourceLink[];
  readonly edition?: Edition;
  readonly plain?: boolean;
}) {
  const text = UI_TEXT[edition];
  if (plain) {
    return (
      <div className="plain-sources">
        <p className="plain-sources-title">{text.plainSources(sources.length)}</p>
        <ul>
          <SourceItems sources={sources} withAddresses />
        </ul>
      </div>
    );
  }
  return (
    <details className="sources">
      <summary>{text.sources(sources.length)}</summary>
      <ul>
        <SourceItems sources={sources} />
      </ul>
    </details>
  );
}
