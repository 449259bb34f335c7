import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';

/** `/zh/…` is the Chinese edition, every other path the English one (paths exclude the base path). */
export function editionOfPath(pathname: string): Edition {
  const zh = EDITION_PREFIX.zh;
  return pathname === zh || pathname.startsWith(`${zh}/`) ? 'zh' : 'en';
}

/** The same page in the other edition: `/text/` ↔ `/zh/text/`, `/s/hydro/` ↔ `/zh/s/hydro/`. */
export function counterpartPath(pathname: string): string {
  const zh = EDITION_PREFIX.zh;
  if (editionOfPath(pathname) === 'zh') return pathname.slice(zh.length) || '/';
  return `${zh}${pathname}`;
}
