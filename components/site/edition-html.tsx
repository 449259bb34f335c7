'use client';

import type { ReactNode } from 'react';
import { EDITION_LANG } from '@/lib/content/editions';
import { useEdition } from '@/lib/i18n/use-edition';
import { CLIENT_TEXT } from '@/lib/i18n/client-text';

/**
 * `<html lang>` and the skip link for the page's edition. One root layout serves both
 * editions, so the language comes from the address (`/zh/…`), known when each page is
 * exported as it is in the browser: the static HTML and the hydrated page agree.
 */
export function EditionHtml({ children }: { readonly children: ReactNode }) {
  const edition = useEdition();
  return (
    <html lang={EDITION_LANG[edition]}>
      <body>
        <a className="skip-link" href="#story-text">
          {CLIENT_TEXT[edition].skipToText}
        </a>
        {children}
      </body>
    </html>
  );
}
