'use client';

import { useEffect } from 'react';
import { EDITION_PREFIX } from '@/lib/content/editions';
import { editionOfPath } from '@/lib/i18n/edition-of-path';
import { BASE_PATH } from '@/lib/site/base-path';

/** Long enough to read why the page moved on; short enough not to strand anyone. */
const READ_MS = 2_000;

/**
 * Moves a reader who reached a missing address on to the start of the story, in the edition
 * the address was in (`/zh/s/atlantis/` to `/zh/`), which only the browser can tell: a static
 * host serves one not-found page for every missing address. Without script, the page's links.
 */
export function NotFoundRedirect() {
  useEffect(() => {
    const path = window.location.pathname.slice(BASE_PATH.length) || '/';
    const start = `${BASE_PATH}${EDITION_PREFIX[editionOfPath(path)]}/`;
    const timer = setTimeout(() => window.location.replace(start), READ_MS);
    return () => clearTimeout(timer);
  }, []);
  return null;
}
