/**
 * Writes `out/sw.js`, the service worker that keeps the whole story for offline classrooms:
 * after one visit, every page, script, style, font, data file and still picture is cached, so
 * the story works with the network off. Runs after `next build` (it precaches the export).
 * Each file is cached under a hash of its content: a new build replaces what changed and
 * removes what is gone, nothing else.
 */
import { generateSW } from 'workbox-build';

const started = performance.now();
const { count, size, warnings } = await generateSW({
  globDirectory: 'out',
  // Not the RSC payloads (*.txt): the story navigates between pages with full page loads.
  globPatterns: ['**/*.{html,js,css,woff2,json,png,svg,ico}'],
  // The still page is where `npm run stills` photographs the map, not a page for readers.
  globIgnores: ['still/**'],
  swDest: 'out/sw.js',
  directoryIndex: 'index.html',
  // Next's hashed chunks are immutable: their names are their revisions.
  dontCacheBustURLsMatching: /^_next\/static\//,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  ignoreURLParametersMatching: [/.*/],
  runtimeCaching: [
    {
      // A page asked for without its trailing slash (`/present`, `/s/coal`, as a teacher might
      // type it) or one that does not exist: the precache knows neither. Online the server
      // redirects or answers 404; offline the reader gets the page's cached copy or the 404
      // page, which leads back to the story, never the browser's offline error. This function
      // is copied into sw.js as text, so it uses nothing from outside itself.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: async ({ request }) => {
        try {
          return await fetch(request);
        } catch (offline) {
          const { origin, pathname } = new URL(request.url);
          const page = `${origin}${pathname.replace(/\/?$/, '/')}index.html`;
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
  ],
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `service worker: ${count} files, ${(size / 1024).toFixed(0)} KiB precached (${seconds} s)`,
);
