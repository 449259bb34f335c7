/**
 * Writes `out/sw.js`, the service worker, and each edition's list of every file its story needs
 * offline (`out/offline-files.json`, `out/zh/offline-files.json`). Runs after `next build`: all
 * are made from the export.
 *
 * Offline is the reader's choice. A first visit keeps only what the page itself loaded (the
 * page stores its own files, `components/offline/`); "Save for offline use" stores the rest
 * from the edition's list. The worker answers from those copies: pages from the network
 * first, everything else from the copy when there is one (refreshed in the background, but
 * for Next's hashed files, which never change), never storing what no one asked it to keep.
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSW, getManifest } from 'workbox-build';
import { EDITIONS } from '../lib/content/editions';
import { filesOfEdition, offlineManifestPath } from '../lib/offline/edition-files';
import { toSiteUrl } from '../lib/offline/offline-manifest';

const OUT = 'out';
const started = performance.now();

// Every page, script, style, font, data file and still (not the data downloads, which a
// reader fetches one at a time when they want them): derived from the export, so
// a file added or renamed (a still, a step) is listed without editing this. Not the RSC
// payloads (*.txt): the story navigates between pages with full page loads.
const everything = await getManifest({
  globDirectory: OUT,
  globPatterns: ['**/*.{html,js,css,woff2,json,png,webp,svg,ico}'],
  globIgnores: [
    'sw.js',
    'serve.json',
    '**/offline-files.json',
    '404/**',
    '_not-found/**',
    'downloads/**',
    // The still pages are where `npm run stills` photographs the map, not pages for readers.
    'still/**',
    'zh/still/**',
  ],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
});
const files = everything.manifestEntries
  .map((entry) => ({ url: toSiteUrl(entry.url), bytes: statSync(path.join(OUT, entry.url)).size }))
  .sort((a, b) => a.url.localeCompare(b.url));
// One list per edition, beside its pages: a reader saves the edition they read.
const lists = EDITIONS.map((edition) => {
  const own = filesOfEdition(files, edition);
  const bytes = own.reduce((sum, file) => sum + file.bytes, 0);
  writeFileSync(
    path.join(OUT, offlineManifestPath(edition)),
    JSON.stringify({ bytes, files: own }),
  );
  return `${edition} ${own.length} files, ${(bytes / 1024).toFixed(0)} KiB`;
});

const { warnings } = await generateSW({
  globDirectory: OUT,
  // Only the page for addresses that do not exist, which every offline miss falls back to.
  globPatterns: ['404.html'],
  swDest: `${OUT}/sw.js`,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  runtimeCaching: [
    {
      // Pages: the network first, so an online reader always gets the newest. Offline, the
      // page's stored copy, kept under its folder's address (`/present/`), whatever the query
      // (`?steps=`) or a missing trailing slash (`/present`, as a teacher might type it); for
      // a page never stored or one that does not exist, the 404 page, which leads back to the
      // story, never the browser's offline error. These functions are copied into sw.js as
      // text, so they use nothing from outside themselves.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: async ({ request }) => {
        try {
          return await fetch(request);
        } catch (offline) {
          const { origin, pathname } = new URL(request.url);
          const page = `${origin}${pathname.replace(/\/?$/, '/')}`;
          // sw.js sits at the site's root, base path included: so does 404.html.
          const notFound = new URL('404.html', location.href).href;
          const found =
            (await caches.match(page, { ignoreSearch: true })) ??
            (await caches.match(notFound, { ignoreSearch: true }));
          if (found) return found;
          throw offline;
        }
      },
    },
    {
      // Everything else of ours: the stored copy if there is one, else the network, unstored.
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode !== 'navigate',
      handler: async ({ request, event }) => {
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          const stored = await cache.match(request);
          if (!stored) continue;
          if (!new URL(request.url).pathname.includes('/_next/static/')) {
            const refresh = fetch(request)
              .then((fresh) => (fresh.ok ? cache.put(request, fresh) : undefined))
              .catch(() => undefined);
            event.waitUntil(refresh);
          }
          return stored;
        }
        return fetch(request);
      },
    },
  ],
});
for (const warning of [...everything.warnings, ...warnings]) {
  console.warn(`service worker: ${warning}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`service worker: to save for offline use, ${lists.join('; ')} (${seconds} s)`);
