/**
 * Writes `public/downloads/<step-id>.csv` and `.geojson`: the data behind each step's map,
 * for students' own work. Part of `npm run build` (before `next build`, which copies them into
 * the export); fast and offline. Stops with a message when a table credits a dataset that
 * `content/story.yaml` does not list.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadStory } from '@/lib/content/load-story';
import { downloadFilesFor } from '@/lib/downloads/step-downloads';
import { SITE_ORIGIN, shareUrl } from '@/lib/share/share-url';
import { sceneFor } from '@/lib/story/scene-for';
import { loadMapData } from '../map-data';
import { stepData } from './step-data';
import { toCsv } from './to-csv';
import { toGeoJson } from './to-geojson';

function main(root: string): void {
  const started = performance.now();
  const story = loadStory(root);
  const data = loadMapData(root);
  const publicDir = path.join(root, 'public');
  // Start clean, so a step that no longer shows data leaves no stale file behind.
  rmSync(path.join(publicDir, 'downloads'), { recursive: true, force: true });
  mkdirSync(path.join(publicDir, 'downloads'), { recursive: true });
  let bytes = 0;
  let count = 0;
  for (const step of story.steps) {
    const scene = sceneFor(step);
    const files = downloadFilesFor(step.id, scene);
    const contents = stepData(step, scene, data, story.meta.datasets);
    if (!files || !contents) continue;
    // Relative to the site without a public origin: a file saved on a laptop still says where from.
    const page = shareUrl(step.id, SITE_ORIGIN ?? '');
    const csv = toCsv(contents, page);
    const geojson = JSON.stringify(toGeoJson(contents, page));
    writeFileSync(path.join(publicDir, files.csv), csv);
    writeFileSync(path.join(publicDir, files.geojson), geojson);
    bytes += Buffer.byteLength(csv) + Buffer.byteLength(geojson);
    count += 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`downloads: ${count} steps, ${(bytes / 1024).toFixed(0)} KiB in ${seconds} s`);
}

try {
  main(process.cwd());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
