'use client';

import dynamic from 'next/dynamic';

/** The QR encoder loads the first time a presenter asks for a code, not with the page. */
export const LazyQrOverlay = dynamic(
  () => import('./qr-overlay').then((module) => module.QrOverlay),
  { ssr: false, loading: () => null },
);
