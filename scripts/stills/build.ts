/**
 * Renders a still image of every step's map scene into `public/stills/` (with a manifest),
 * for link previews, the no-WebGL fallback and print. No browser, no GPU, no network:
 * `npm run stills`, and part of `npm run assets`, so every build has fresh ones.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadStory } from '@/lib/content/load-story';
import { loadStillsData } from './data';
import { STILL_HEIGHT, STILL_WIDTH } from './layout';
import { manifestEntry, manifestJson, stillFile, type StillEntry } from './manifest';
import { rasterize } from './rasterize';
import { renderStillSvg } from './render-step';
import { TerrainSampler } from './terrain-sampler';

const SIZE = { width: STILL_WIDTH, height: STILL_HEIGHT };

/** Writes every still and the manifest under `<root>/public/`; returns what it wrote. */
export async function buildStills(
  root: string,
  onStill: (still: StillEntry, ms: number) => void = () => {},
): Promise<StillEntry[]> {
  const story = loadStory(root);
  const data = loadStillsData(root);
  const terrain = new TerrainSampler(root);
  const dir = path.join(root, 'public', 'stills');
  // Start clean so a renamed or removed step leaves no stale image behind.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const built: StillEntry[] = [];
  for (const step of story.steps) {
    const started = performance.now();
    const svg = renderStillSvg({
      step,
      total: story.steps.length,
      storyTitle: story.meta.title,
      data,
      terrain,
    });
    const png = await rasterize(svg);
    writeFileSync(path.join(root, 'public', stillFile(step.id)), png);
    const still = manifestEntry(step, SIZE, png.length);
    built.push(still);
    onStill(still, performance.now() - started);
  }
  writeFileSync(path.join(dir, 'manifest.json'), manifestJson(built));
  return built;
}

async function main(): Promise<void> {
  const started = performance.now();
  try {
    const built = await buildStills(process.cwd(), (s, ms) =>
      console.log(
        `${s.file.padEnd(34)} ${s.width}x${s.height} ${String(s.bytes).padStart(7)} B ${ms.toFixed(0).padStart(5)} ms`,
      ),
    );
    const bytes = built.reduce((sum, s) => sum + s.bytes, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`stills: ${built.length} images, ${bytes} B in ${seconds} s`);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
