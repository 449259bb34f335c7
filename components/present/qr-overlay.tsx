'use client';

import { useMemo } from 'react';
import { encode } from 'uqr';
import { toQrRuns } from '@/lib/share/qr-runs';
import { SITE_ORIGIN, shareUrl } from '@/lib/share/share-url';
import type { StepId } from '@/lib/story/types';

/** The white margin scanners need around a code, in modules: four, as the QR standard asks. */
const QUIET_ZONE = 4;

interface QrOverlayProps {
  readonly stepId: StepId;
  readonly onClose: () => void;
}

/**
 * The step's share link as a QR code, large enough to scan from a classroom seat, with the
 * link printed under it for anyone who would rather type it. Drawn as SVG rects from the
 * code's matrix; error correction M survives a projector's glare and keystone.
 */
export function QrOverlay({ stepId, onClose }: QrOverlayProps) {
  const url = shareUrl(stepId, SITE_ORIGIN ?? window.location.origin);
  const { size, runs } = useMemo(() => {
    const { data } = encode(url, { ecc: 'M', border: QUIET_ZONE });
    return { size: data.length, runs: toQrRuns(data) };
  }, [url]);

  return (
    <div className="qr-overlay">
      <figure className="qr-card">
        <p className="qr-heading">Open this step on your phone</p>
        <svg
          className="qr-code"
          viewBox={`0 0 ${size} ${size}`}
          role="img"
          aria-label={`QR code for ${url}`}
          shapeRendering="crispEdges"
        >
          <rect width={size} height={size} fill="#fff" />
          <g fill="#000">
            {runs.map((run) => (
              <rect key={`${run.x},${run.y}`} x={run.x} y={run.y} width={run.width} height={1} />
            ))}
          </g>
        </svg>
        <figcaption className="qr-url">{url}</figcaption>
      </figure>
      <button type="button" className="present-button qr-close" onClick={onClose}>
        Close <kbd>Q</kbd>
      </button>
    </div>
  );
}
