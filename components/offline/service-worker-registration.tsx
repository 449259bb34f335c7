'use client';

import { useEffect } from 'react';
import { whenIdle } from '@/lib/dom/when-idle';
import { BASE_PATH } from '@/lib/site/base-path';

/**
 * Registers the service worker and keeps this page's own files for offline use, once the page
 * has loaded and gone quiet, so neither competes with the first screen. The rest of the story
 * is saved only when the reader asks ("Save for offline use"). Not in development, where
 * files change under it. `<html data-offline-page="kept">` says when the page is kept.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    if (!('caches' in window)) return;
    const register = () => {
      navigator.serviceWorker
        .register(`${BASE_PATH}/sw.js`, { scope: `${BASE_PATH}/` })
        // Loaded here, not with the page: none of it is needed for the first screen.
        .then(() => import('@/lib/offline/offline-store'))
        .then((store) => store.keepThisPage())
        .then(() => {
          document.documentElement.dataset.offlinePage = 'kept';
        })
        .catch((error: unknown) => {
          console.warn('Offline copy unavailable:', error);
        });
    };
    const registerWhenIdle = () => whenIdle(register);
    if (document.readyState === 'complete') registerWhenIdle();
    else window.addEventListener('load', registerWhenIdle, { once: true });
  }, []);
  return null;
}
