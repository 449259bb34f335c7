import type { SourceLink } from '@/lib/story/types';

/** A step's sources, folded away under one line so they do not crowd the text. */
export function SourceList({ sources }: { readonly sources: readonly SourceLink[] }) {
  return (
    <details className="sources">
      <summary>{sources.length === 1 ? 'Source' : `Sources (${sources.length})`}</summary>
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
