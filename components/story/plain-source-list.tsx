import type { SourceLink } from '@/lib/story/types';

/** A step's sources as a plain list with their addresses, for paper and the text view. */
export function PlainSourceList({ sources }: { readonly sources: readonly SourceLink[] }) {
  return (
    <div className="plain-sources">
      <p className="plain-sources-title">{sources.length === 1 ? 'Source' : 'Sources'}</p>
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
