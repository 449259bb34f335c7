import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getStory } from '@/lib/content/get-story';
import { summarize } from '@/lib/content/summarize';
import { BASE_PATH } from '@/lib/site/base-path';
import { stillUrl } from '@/lib/site/still-url';
import { PREVIEW_ORIGIN } from '@/lib/share/preview-origin';
import { shareUrl } from '@/lib/share/share-url';

interface SharePageProps {
  readonly params: Promise<{ readonly id: string }>;
}

/** One share page per step; any other id is not a page. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getStory().steps.map((step) => ({ id: step.id }));
}

function findStep(id: string) {
  return getStory().steps.find((step) => step.id === id);
}

export async function generateMetadata({ params }: SharePageProps): Promise<Metadata> {
  const step = findStep((await params).id);
  if (!step) return {};
  const { meta } = getStory();
  const title = step.title ? `${step.title} · ${meta.title}` : meta.title;
  const description = summarize(step.body);
  const image = {
    url: `${PREVIEW_ORIGIN}${stillUrl(step.id)}`,
    width: 1200,
    height: 630,
    alt: step.mapDescription,
  };
  const url = shareUrl(step.id, PREVIEW_ORIGIN);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'article', siteName: meta.title, title, description, url, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/**
 * A step's share page. Hash fragments never reach a server, so a link to one step that must
 * preview in a chat or a learning platform points here: this page carries the step's own
 * title, description and picture, then opens the story on the step (no script needed).
 */
export default async function SharePage({ params }: SharePageProps) {
  const step = findStep((await params).id);
  if (!step) notFound();
  const target = `${BASE_PATH}/#${step.id}`;
  return (
    <main className="share-page" id="story-text">
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <p className="kicker">{getStory().meta.title}</p>
      <h1>{step.title ?? getStory().meta.title}</h1>
      <p>{summarize(step.body)}</p>
      <p>
        <a href={target}>Open the story at this step</a>
      </p>
    </main>
  );
}
