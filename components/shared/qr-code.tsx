'use client';

import { useMemo } from 'react';
import { encode } from 'uqr';
import { toQrRuns } from '@/lib/share/qr-runs';

/** The white margin scanners need around a code, in modules: four, as the QR standard asks. */
const QUIET_ZONE = 4;

interface QrCodeProps {
  readonly url: string;
  readonly className: string;
}

/**
 * A link as a QR code, drawn as SVG rects from the code's matrix (no canvas, no inline style,
 * so the Content Security Policy allows it); error correction M survives a projector's glare
 * and keystone.
 */
export function QrCode({ url, className }: QrCodeProps) {
  const { size, runs } = useMemo(() => {
    const { data } = encode(url, { ecc: 'M', border: QUIET_ZONE });
    return { size: data.length, runs: toQrRuns(data) };
  }, [url]);

  return (
    <svg
      className={className}
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
  );
}
