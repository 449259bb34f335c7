import { collectSources } from '@/lib/content/collect-sources';
import type { Story } from '@/lib/content/types';

type Credit = Story['meta']['datasets'][number];

function CreditList({
  title,
  credits,
}: {
  readonly title: string;
  readonly credits: readonly Credit[];
}) {
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {credits.map((credit) => (
          <li key={credit.name}>
            <a href={credit.url} rel="noreferrer">
              {credit.name}
            </a>
            . {credit.credit}. Licence: {credit.licence}.
          </li>
        ))}
      </ul>
    </>
  );
}

/** The closing "Sources and credits": the original article, every source cited, every dataset. */
export function Credits({ story }: { readonly story: Story }) {
  const { meta } = story;
  const sources = collectSources(story.steps);
  return (
    <footer className="credits" id="credits" aria-labelledby="credits-title">
      <h2 id="credits-title">Sources and credits</h2>
      <p>
        <strong>The original article.</strong> “{meta.original.title}”. {meta.original.note}
      </p>
      <h3 className="source-index-title">Sources cited</h3>
      <ol className="source-index">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noreferrer">
              {source.label}
            </a>
          </li>
        ))}
      </ol>
      <CreditList title="Map data" credits={meta.datasets} />
      <CreditList title="Fonts" credits={meta.fonts} />
      {meta.software ? <CreditList title="Software" credits={meta.software} /> : null}
    </footer>
  );
}
