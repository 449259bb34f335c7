import { EDITION_PREFIX, EDITIONS, type Edition } from '@/lib/content/editions';
import type { OfflineFile } from './offline-manifest';

/** Where each edition's list of files to save sits, beside its pages. */
export function offlineManifestPath(edition: Edition): string {
  return [EDITION_PREFIX[edition].slice(1), 'offline-files.json'].filter(Boolean).join('/');
}

/** Folders whose files only one edition shows: its pictures and its fonts. */
const EDITION_FOLDERS: Record<Edition, readonly string[]> = {
  en: [],
  zh: ['stills/zh/', 'fonts/zh/'],
};

const isPage = (url: string) => url === '' || url.endsWith('/') || url.endsWith('.html');

/**
 * The edition a file belongs to, or null for the files both use (scripts, styles, map data,
 * Latin fonts). A page belongs to the edition of its address; a still to the edition it was
 * photographed for (English ones sit at the top of `stills/`).
 */
export function editionOfFile(url: string): Edition | null {
  for (const edition of EDITIONS) {
    const prefix = EDITION_PREFIX[edition].replace(/^\//, '');
    if (prefix && url.startsWith(`${prefix}/`)) return edition;
    if (EDITION_FOLDERS[edition].some((folder) => url.startsWith(folder))) return edition;
  }
  if (isPage(url) || url.startsWith('stills/')) return 'en';
  return null;
}

/**
 * What "Save for offline use" saves in one edition: its own pages, stills and fonts and the
 * files both share, not the other edition's (a classroom reads one language; the Chinese
 * stills alone are 2.5 MB).
 */
export function filesOfEdition(files: readonly OfflineFile[], edition: Edition): OfflineFile[] {
  return files.filter((file) => {
    const owner = editionOfFile(file.url);
    return owner === null || owner === edition;
  });
}
