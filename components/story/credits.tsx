import { collectSources } from '@/lib/content/collect-sources';
import type { Edition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import type { Story } from '@/lib/content/types';
import { SourceItems } from './source-list';

type Credit = Story['meta']['datasets'][number];

function CreditList({
  title,
  credits,
  licence,
}: {
  readonly title: string;
  readonly credits: readonly Credit[];
  readonly licence: string;
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
            . {credit.credit}. {licence}: {credit.licence}.
          </li>
        ))}
      </ul>
    </>
  );
}

/** The closing "Sources and credits": the original article, every source cited, every dataset. */
export function Credits({
  story,
  edition = 'en',
}: {
  readonly story: Story;
  readonly edition?: Edition;
}) {
  const { meta } = story;
  const text = UI_TEXT[edition];
  const sources = collectSources(story.steps);
  return (
    <footer className="credits" id="credits" aria-labelledby="credits-title">
      <h2 id="credits-title">{text.creditsTitle}</h2>
      <p>
        <strong>{text.originalArticle}</strong> “{meta.original.title}”. {meta.original.note}
      </p>
      <h3 className="source-index-title">{text.sourcesCited}</h3>
      <ol className="source-index">
        <SourceItems sources={sources} />
      </ol>
      <CreditList title={text.mapData} credits={meta.datasets} licence={text.licence} />
      <CreditList title={text.fonts} credits={meta.fonts} licence={text.licence} />
      {meta.software ? (
        <CreditList title={text.software} credits={meta.software} licence={text.licence} />
      ) : null}
    </footer>
  );
}
