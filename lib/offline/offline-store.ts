import { EDITIONS, type Edition } from '@/lib/content/editions';
import { editionOfPath } from '@/lib/i18n/edition-of-path';
import { BASE_PATH, siteUrl } from '@/lib/site/base-path';
import { offlineManifestPath } from './edition-files';
import { parseOfflineManifest, type OfflineFile, type OfflineManifest } from './offline-manifest';
import { ownFiles } from './own-files';
import { saveFiles, type SaveProgress } from './save-files';

/**
 * The one cache the story keeps its offline copy in. The service worker reads every cache
 * (`scripts/build-sw.ts`), so only the page writes here: what it loaded, and what the reader
 * chose to save.
 */
export const OFFLINE_CACHE = 'guizhou-story';

export function canKeepOffline(): boolean {
  return 'caches' in window && 'serviceWorker' in navigator;
}

/** Fonts a stylesheet asked for (a bold face, say): the page loaded them, its HTML names none. */
function fontsLoadedByStyles(): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith('.woff2') && entry.name.startsWith(location.origin))
    .map((entry) => entry.name);
}

let pageKept: () => void = () => undefined;
const pageKeptPromise = new Promise<void>((resolve) => {
  pageKept = resolve;
});

/**
 * Resolves once this page's own files are kept (`keepThisPage`), so that the size "Save for
 * offline use" states leaves out what is already there.
 */
export function whenPageKept(): Promise<void> {
  return pageKeptPromise;
}

/**
 * Keeps what this page itself loaded (see `ownFiles`), so that it opens again without a
 * network: a first visit costs the reader no more than the page they opened. Files that fail
 * are left out; the page is not worse off for it.
 */
export async function keepThisPage(): Promise<number> {
  const cache = await caches.open(OFFLINE_CACHE);
  const response = await fetch(location.pathname);
  if (!response.ok) return 0;
  const page = `${location.origin}${location.pathname}`;
  await cache.put(page, response.clone());
  const files = [...ownFiles(await response.text(), location.href), ...fontsLoadedByStyles()]
    .filter((url) => url !== page)
    .filter((url, index, all) => all.indexOf(url) === index);
  const kept = await Promise.allSettled(files.map((url) => cache.add(url)));
  pageKept();
  return 1 + kept.filter((result) => result.status === 'fulfilled').length;
}

/** The edition of the page the reader is on: its list is the one they save. */
function pageEdition(): Edition {
  return editionOfPath(location.pathname.slice(BASE_PATH.length) || '/');
}

function manifestUrl(fresh: boolean, edition = pageEdition()): string {
  const url = siteUrl(offlineManifestPath(edition), location.origin);
  // A query the worker has no copy of: the list as the server has it now.
  return fresh ? `${url}?at=${Date.now()}` : url;
}

/** The list of everything to save: the server's, or offline the one kept at the last save. */
export async function loadOfflineManifest(): Promise<OfflineManifest | null> {
  try {
    const response = await fetch(manifestUrl(true), { cache: 'no-store' });
    if (response.ok) return parseOfflineManifest(await response.json());
  } catch {
    // Offline: fall through to the copy kept at the last save.
  }
  const kept = await caches.match(manifestUrl(false));
  return kept ? parseOfflineManifest(await kept.json()) : null;
}

/**
 * A response as the site's own, even if a server redirected to it (`serve` sends `/404.html`
 * to `/404`): browsers refuse a redirected response as the answer to a page load.
 */
function unredirected(response: Response): Response {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(response.body, { status, statusText, headers });
}

const absolute = (file: OfflineFile) => siteUrl(file.url, location.origin);

/** The files of the list this browser does not keep yet. */
export async function missingFiles(manifest: OfflineManifest): Promise<OfflineFile[]> {
  const cache = await caches.open(OFFLINE_CACHE);
  const kept = await Promise.all(manifest.files.map((file) => cache.match(absolute(file))));
  return manifest.files.filter((_, index) => !kept[index]);
}

/**
 * Saves the files still missing, reporting progress, then drops what the list no longer
 * names; asks the browser to keep them
 * (persistent storage) where it allows. Keeps the list too, so an offline visit can tell
 * that the copy is whole. Rejects with a `SaveError` saying why it stopped.
 */
export async function saveForOffline(
  manifest: OfflineManifest,
  onProgress: (progress: SaveProgress) => void,
): Promise<{ persisted: boolean }> {
  const persisted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
  const cache = await caches.open(OFFLINE_CACHE);
  const files = await missingFiles(manifest);
  await saveFiles(files, {
    fetchFile: (url) => fetch(siteUrl(url, location.origin), { cache: 'no-cache' }),
    store: (url, response) => cache.put(siteUrl(url, location.origin), unredirected(response)),
    onProgress,
  });
  const list = manifestUrl(false);
  await cache.put(
    list,
    new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }),
  );
  // What an earlier build needed and this one does not (its hashed scripts, a renamed still)
  // would otherwise stay on the device for good. An edition saved earlier stays whole: the
  // lists kept for every edition, this one's just put, name what to keep.
  const lists = EDITIONS.map((edition) => manifestUrl(false, edition));
  const keptLists = await Promise.all(
    lists.map(async (url) => {
      const kept = await cache.match(url);
      return kept ? (parseOfflineManifest(await kept.json())?.files ?? []) : [];
    }),
  );
  const wanted = new Set([...lists, ...keptLists.flat().map(absolute)]);
  const stale = (await cache.keys()).filter((request) => !wanted.has(request.url));
  await Promise.all(stale.map((request) => cache.delete(request)));
  return { persisted };
}
