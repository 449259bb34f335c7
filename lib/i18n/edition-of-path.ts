import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';

/** `/zh/…` is the Chinese edition, every other path the English one (paths exclude the base path). */
export function editionOfPath(pathname: string): Edition {
  const zh = EDITION_PREFIX.zh;
  return pathname === zh || pathname.startsWith(`${zh}/`) ? 'zh' : 'en';
}

/**
 * Pages without a switch: the still pages of both editions, which `npm run stills` photographs
 * (a switch would be in every picture).
 */
const ONE_EDITION_PAGES = ['/still', '/zh/still'];

/**
 * The same page in the other edition: `/text/` ↔ `/zh/text/`, `/s/hydro/` ↔ `/zh/s/hydro/`;
 * null for a page that has no other edition.
 */
export function counterpartPath(pathname: string): string | null {
  if (ONE_EDITION_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`)))
    return null;
  const zh = EDITION_PREFIX.zh;
  if (editionOfPath(pathname) === 'zh') return pathname.slice(zh.length) || '/';
  return `${zh}${pathname}`;
}
