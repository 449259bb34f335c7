'use client';

import { QrCode } from '@/components/shared/qr-code';
import { QrCard } from './qr-card';

interface QrOverlayProps {
  /** The step's link: its share page, or the step inside the lesson being presented. */
  readonly url: string;
  readonly onClose: () => void;
}

/**
 * The step's link as a QR code, large enough to scan from a classroom seat, with the link
 * printed under it for anyone who would rather type it.
 */
export function QrOverlay({ url, onClose }: QrOverlayProps) {
  return (
    <QrCard url={url} onClose={onClose}>
      <QrCode url={url} className="qr-code" />
    </QrCard>
  );
}
