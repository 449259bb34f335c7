'use client';

import dynamic from 'next/dynamic';
import { FailureBoundary } from '@/components/shared/failure-boundary';
import { useEdition } from '@/lib/i18n/use-edition';
import { stepLinkInLesson } from '@/lib/lesson/lesson-urls';
import { SITE_ORIGIN } from '@/lib/share/share-url';
import type { StepId } from '@/lib/story/types';
import { QrCard } from './qr-card';

/** The QR encoder loads the first time a presenter asks for a code, not with the page. */
const QrOverlay = dynamic(() => import('./qr-overlay').then((module) => module.QrOverlay), {
  ssr: false,
  loading: () => null,
});

interface LazyQrOverlayProps {
  readonly stepId: StepId;
  /** The lesson being presented, if any: the code then opens the step inside it. */
  readonly lessonStepIds: readonly StepId[] | null;
  readonly onClose: () => void;
}

/**
 * The QR overlay, or, if its code cannot load (offline before it was cached, or a new version
 * of the site replaced it), the same card with the link alone: the class can still type it,
 * and the presentation stays on screen.
 */
export function LazyQrOverlay({ stepId, lessonStepIds, onClose }: LazyQrOverlayProps) {
  // The code points at the edition being presented: a Chinese class gets the Chinese step.
  const edition = useEdition();
  const url = stepLinkInLesson(
    stepId,
    lessonStepIds,
    SITE_ORIGIN ?? window.location.origin,
    edition,
  );
  return (
    <FailureBoundary
      what="The QR code (showing the link alone)"
      fallback={<QrCard url={url} onClose={onClose} />}
    >
      <QrOverlay url={url} onClose={onClose} />
    </FailureBoundary>
  );
}
