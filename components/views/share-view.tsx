import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';
import { summarize } from '@/lib/content/summarize';
import { editionAlternates } from '@/lib/i18n/edition-metadata';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import { PREVIEW_ORIGIN } from '@/lib/share/preview-origin';
import { shareUrl } from '@/lib/share/share-url';
import { BASE_PATH } from '@/lib/site/base-path';
import { stillUrl } from '@/lib/site/still-url';

/** One share page per step, in each edition; any other id is not a page. */
export function shareStaticParams(edition: Edition) {
  return getStory(edition).steps.map((step) => ({ id: step.id }));
}

function findStep(edition: Edition, id: string) {
  return getStory(edition).steps.find((step) => step.id === id);
}

/** The step's own title, summary and picture, so a link to it previews in a chat. */
export function shareMetadata(edition: Edition, id: string): Metadata {
  const step = findStep(edition, id);
  if (!step) return {};
  const { meta } = getStory(edition);
  const title = step.title ? `${step.title} · ${meta.title}` : meta.title;
  const description = summarize(step.body);
  const image = {
    url: `${PREVIEW_ORIGIN}${stillUrl(step.id, 'landscape', edition)}`,
    width: 1200,
    height: 630,
    alt: step.mapDescription,
  };
  const url = shareUrl(step.id, PREVIEW_ORIGIN, edition);
  return {
    title,
    description,
    alternates: { canonical: url, ...editionAlternates(`/s/${step.id}/`) },
    openGraph: {
      type: 'article',
      siteName: meta.title,
      title,
      description,
      url,
      images: [image],
      locale: edition === 'zh' ? 'zh_CN' : 'en',
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/**
 * A step's share page. Hash fragments never reach a server, so a link to one step that must
 * preview in a chat or a learning platform points here: this page carries the step's own
 * title, description and picture, then opens the story on the step (no script needed).
 */
export function ShareView({ edition, id }: { readonly edition: Edition; readonly id: string }) {
  const step = findStep(edition, id);
  if (!step) notFound();
  const { meta } = getStory(edition);
  const target = `${BASE_PATH}${EDITION_PREFIX[edition]}/#${step.id}`;
  return (
    <main className="share-page" id="story-text">
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <p className="kicker">{meta.title}</p>
      <h1>{step.title ?? meta.title}</h1>
      <p>{summarize(step.body)}</p>
      <p>
        <a href={target}>{UI_TEXT[edition].openAtStep}</a>
      </p>
    </main>
  );
}
