'use client';

import dynamic from 'next/dynamic';
import { useSyncExternalStore } from 'react';
import { FailureBoundary } from '@/components/shared/failure-boundary';
import { lessonPath, lessonUrl } from '@/lib/lesson/lesson-urls';
import { SITE_ORIGIN } from '@/lib/share/share-url';
import type { StepId } from '@/lib/story/types';

/** The QR encoder loads once there is a lesson to encode, not with the page. */
const QrCode = dynamic(
  () => import('@/components/shared/qr-code').then((module) => module.QrCode),
  {
    ssr: false,
    loading: () => null,
  },
);

/** Every word of the lesson's link panel, in one place for translation. */
const WORDS = {
  heading: 'Your lesson’s link',
  empty: 'Add at least one step to get the lesson’s link.',
  explain:
    'This link presents the lesson. Share it, put it on a slide, or let the class scan the code.',
  present: 'Present the lesson',
  handout: 'Open the handout',
  linkLabel: 'Lesson link',
} as const;

const subscribeToNothing = () => () => {};

/**
 * The origin share links use: the configured public one, else the page's own. Known only in
 * the browser; the static HTML shows the site-relative link until then.
 */
function useLinkOrigin(): string | null {
  return useSyncExternalStore(
    subscribeToNothing,
    () => SITE_ORIGIN ?? window.location.origin,
    () => SITE_ORIGIN ?? null,
  );
}

/** The lesson as a link, a QR code, and the two ways to use it: present it, or print it. */
export function LessonShare({ ids }: { readonly ids: readonly StepId[] }) {
  const origin = useLinkOrigin();
  if (ids.length === 0) {
    return (
      <section className="lesson-share" aria-labelledby="lesson-share-heading">
        <h2 id="lesson-share-heading">{WORDS.heading}</h2>
        <p className="lesson-hint">{WORDS.empty}</p>
      </section>
    );
  }
  const presentPath = lessonPath('present', ids);
  const url = origin ? lessonUrl('present', ids, origin) : presentPath;
  return (
    <section className="lesson-share" aria-labelledby="lesson-share-heading">
      <h2 id="lesson-share-heading">{WORDS.heading}</h2>
      <p className="lesson-hint">{WORDS.explain}</p>
      <p className="lesson-link">
        <span className="visually-hidden">{WORDS.linkLabel}: </span>
        <a href={presentPath} data-lesson-link>
          {url}
        </a>
      </p>
      {origin ? (
        <FailureBoundary what="The lesson's QR code">
          <QrCode url={url} className="lesson-qr" />
        </FailureBoundary>
      ) : null}
      <p className="lesson-actions">
        <a className="lesson-action" href={presentPath}>
          {WORDS.present}
        </a>
        <a className="lesson-action" href={lessonPath('text', ids)}>
          {WORDS.handout}
        </a>
      </p>
    </section>
  );
}
