'use client';

import dynamic from 'next/dynamic';
import { useSyncExternalStore } from 'react';
import { FailureBoundary } from '@/components/shared/failure-boundary';
import type { Edition } from '@/lib/content/editions';
import { LESSON_TEXT } from '@/lib/i18n/lesson-text';
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

/**
 * The lesson as a link, a QR code, and the two ways to use it: present it, or print it; all in
 * the page's edition, so a Chinese lesson presents in Chinese.
 */
export function LessonShare({
  ids,
  edition,
}: {
  readonly ids: readonly StepId[];
  readonly edition: Edition;
}) {
  const origin = useLinkOrigin();
  const words = LESSON_TEXT[edition].share;
  if (ids.length === 0) {
    return (
      <section className="lesson-share" aria-labelledby="lesson-share-heading">
        <h2 id="lesson-share-heading">{words.heading}</h2>
        <p className="lesson-hint">{words.empty}</p>
      </section>
    );
  }
  const presentPath = lessonPath('present', ids, undefined, edition);
  const url = origin ? lessonUrl('present', ids, origin, undefined, edition) : presentPath;
  return (
    <section className="lesson-share" aria-labelledby="lesson-share-heading">
      <h2 id="lesson-share-heading">{words.heading}</h2>
      <p className="lesson-hint">{words.explain}</p>
      <p className="lesson-link">
        <span className="visually-hidden">{words.linkLabel}</span>
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
          {words.present}
        </a>
        <a className="lesson-action" href={lessonPath('text', ids, undefined, edition)}>
          {words.handout}
        </a>
      </p>
    </section>
  );
}
