'use client';

import dynamic from 'next/dynamic';

/**
 * "Save for offline use" loads after the page: it has nothing to show until it has checked
 * what is kept, and its code need not weigh on the first screen.
 */
export const LazySaveOffline = dynamic(
  () => import('./save-offline').then((module) => module.SaveOffline),
  { ssr: false, loading: () => null },
);
