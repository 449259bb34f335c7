import type { FactCheck } from '@/lib/content/schema';

/** A visible correction: what the original article said, and what is right, with the source. */
export function FactCheckNote({ check }: { readonly check: FactCheck }) {
  return (
    <aside className="fact-check" aria-label="Fact check">
      <p className="fact-check-kicker">Fact check</p>
      <p>
        <span className="fact-check-label">The original article said: </span>
        {check.original}
      </p>
      <p>
        <span className="fact-check-label">In fact: </span>
        {check.correction}{' '}
        <a href={check.source.url} rel="noreferrer">
          {check.source.label}
        </a>
      </p>
    </aside>
  );
}
