'use client';

import { useMemo } from 'react';
import { encode } from 'uqr';
import { toQrRuns } from '@/lib/share/qr-runs';
import { QrCard } from './qr-card';

/** The white margin scanners need around a code, in modules: four, as the QR standard asks. */
const QUIET_ZONE = 4;

interface QrOverlayProps {
  /** The step's share link. */
  readonly url: string;
  readonly onClose: () => void;
}

/**
 * The step's share link as a QR code, large enough to scan from a classroom seat, with the
 * link printed under it for anyone who would rather type it. Drawn as SVG rects from the
 * code's matrix; error correction M survives a projector's glare and keystone.
 */
export function QrOverlay({ url, onClose }: QrOverlayProps) {
  const { size, runs } = useMemo(() => {
    const { data } = encode(url, { ecc: 'M', border: QUIET_ZONE });
    return { size: data.length, runs: toQrRuns(data) };
  }, [url]);

  return (
    <QrCard url={url} onClose={onClose}>
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
    </QrCard>
  );
}
