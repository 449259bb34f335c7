'use client';

import { usePathname } from 'next/navigation';
import type { SyntheticEvent } from 'react';
import { EDITION_LANG } from '@/lib/content/editions';
import { counterpartPath, editionOfPath } from '@/lib/i18n/edition-of-path';
import { CLIENT_TEXT } from '@/lib/i18n/client-text';
import { BASE_PATH } from '@/lib/site/base-path';

/**
 * "中文版" / "English": the same page in the other edition, on the same step and in the same
 * lesson. The step is in the address's #hash, which the story rewrites as the reader moves
 * without telling anyone, and a lesson in its `?steps=`, which the lesson builder rewrites as
 * the teacher edits, so the link takes both at the moment it is used (pointer, keyboard focus
 * or click) rather than at render. Without script it still opens the other edition at its start. Not shown on a
 * page with no other edition.
 */
export function EditionSwitch() {
  const pathname = usePathname() ?? '/';
  const other = editionOfPath(pathname) === 'zh' ? 'en' : 'zh';
  const counterpart = counterpartPath(pathname);
  if (counterpart === null) return null;
  const target = `${BASE_PATH}${counterpart}`;
  const keepStep = (event: SyntheticEvent<HTMLAnchorElement>) => {
    const { search, hash } = window.location;
    event.currentTarget.href = `${target}${search}${hash}`;
  };
  const text = CLIENT_TEXT[editionOfPath(pathname)];
  return (
    <a
      className="edition-switch"
      href={target}
      hrefLang={EDITION_LANG[other]}
      lang={EDITION_LANG[other]}
      aria-label={text.switchName}
      onPointerDown={keepStep}
      onFocus={keepStep}
      onClick={keepStep}
    >
      {text.switchLabel}
    </a>
  );
}
