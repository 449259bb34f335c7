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
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `service worker: ${count} files, ${(size / 1024).toFixed(0)} KiB precached (${seconds} s)`,
);
