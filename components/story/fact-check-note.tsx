import type { InEdition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import type { FactCheck } from '@/lib/content/schema';

/** A visible correction: what the original article said, and what is right, with the source. */
export function FactCheckNote({ check, edition = 'en' }: InEdition<{ check: FactCheck }>) {
  const text = UI_TEXT[edition];
  return (
    <aside className="fact-check" aria-label={text.factCheck}>
      <p className="fact-check-kicker">{text.factCheck}</p>
      <p>
        <span className="fact-check-label">{text.originalSaid}</span>
        {check.original}
      </p>
      <p>
        <span className="fact-check-label">{text.inFact}</span>
        {check.correction}{' '}
        <a href={check.source.url} rel="noreferrer">
          {check.source.label}
        </a>
      </p>
    </aside>
  );
}
