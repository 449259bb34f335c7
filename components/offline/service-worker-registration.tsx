'use client';

import { useEffect } from 'react';
import { whenIdle } from '@/lib/dom/when-idle';
import { BASE_PATH } from '@/lib/site/base-path';

/**
 * Registers the service worker that keeps the story for offline use, once the page has
 * loaded and gone quiet, so the precache never competes with the first screen. Not in
 * development, where files change under it.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => {
      navigator.serviceWorker
        .register(`${BASE_PATH}/sw.js`, { scope: `${BASE_PATH}/` })
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
