import type { ReactNode } from 'react';
import { useEdition } from '@/lib/i18n/use-edition';
import { PRESENTER_TEXT } from '@/lib/i18n/presenter-text';
import { PRESENT_TEXT } from '@/lib/i18n/present-text';

interface QrCardProps {
  /** The step's share link, printed under the code for anyone who would rather type it. */
  readonly url: string;
  readonly onClose: () => void;
  /** The code itself; without it, the card gives the link alone. */
  readonly children?: ReactNode;
}

/** The overlay a presenter opens with Q: a heading, the code if there is one, the link. */
export function QrCard({ url, onClose, children }: QrCardProps) {
  return (
    <div className="qr-overlay">
      <figure className="qr-card">
        <p className="qr-heading">{PRESENTER_TEXT[useEdition()].qrHeading}</p>
        {children}
        <figcaption className="qr-url">{url}</figcaption>
      </figure>
      <button type="button" className="present-button qr-close" onClick={onClose}>
        {PRESENT_TEXT[useEdition()].close} <kbd>Q</kbd>
      </button>
    </div>
  );
}
