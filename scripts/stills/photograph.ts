/**
 * `npm run stills`: photographs every step's still page (`/still/#<step-id>`, and the Chinese
 * edition's `/zh/still/#<step-id>`) from the built export in Playwright's Chromium, at each
 * still size, into `public/stills/` (`public/stills/zh/`), with a manifest per edition of what
 * each picture was made from. The pictures are committed, so a build needs no browser;
 * run this after changing the map, its data or a step's words (a unit test says when).
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Story } from '@/lib/content/types';
import { loadStory } from '@/lib/content/load-story';
import { loadTranslatedStory } from '@/lib/content/load-translated-story';
import { legendFor } from '@/lib/map/scene-needs';
import { sceneFor } from '@/lib/story/scene-for';
import {
  STILL_EDITIONS,
  STILL_SIZES,
  STILL_SIZE_NAMES,
  editionFolder,
  stillFile,
  stillPagePath,
  stillPixels,
  type Edition,
  type StillSize,
} from '@/lib/stills/still-sizes';
import { CHROMIUM_ARGS, executablePath } from '../../playwright.config';
import { serveFolder } from '../bench/server';
import { sharedInputs, stillInputs } from './inputs';
import { manifestJson, type StillEntry, type StillPicture } from './manifest';
import { showStep, stablePhotograph } from './photograph-step';
import { toStillPng } from './still-png';

/** The edition's story: the English one, or a translation with the same steps. */
function storyOf(root: string, edition: Edition): Story {
  return edition === 'en' ? loadStory(root) : loadTranslatedStory(edition, root);
}

/** Photographs one edition's stills into `staging`, with its manifest. */
async function photographEdition(root: string, edition: Edition, staging: string): Promise<void> {
  const story = storyOf(root, edition);
  const stillPage = path.join(root, 'out', editionFolder(edition), 'still', 'index.html');
  if (!existsSync(stillPage))
    throw new Error(`stills: the export has no still page (${stillPage}): run \`npm run stills\``);
  const server = await serveFolder(path.join(root, 'out'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const pictures = new Map<string, Partial<Record<StillSize, StillPicture>>>();
  try {
    for (const size of STILL_SIZE_NAMES) {
      const { width, height, scale } = STILL_SIZES[size];
      const started = performance.now();
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: scale,
        reducedMotion: 'reduce',
        serviceWorkers: 'block',
      });
      // Nothing may come from another host, here as in the story.
      await context.route(
        (url) => new URL(url).origin !== server.origin && url.protocol.startsWith('http'),
        (route) => route.abort(),
      );
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`still page: ${error.message}`));
      await page.goto(`${server.origin}/${stillPagePath(story.steps[0]?.id ?? '', edition)}`);
      for (const step of story.steps) {
        await showStep(page, step, legendFor(sceneFor(step)).length);
        const png = await toStillPng(await stablePhotograph(page));
        const file = stillFile(step.id, size, edition);
        const target = path.join(staging, path.relative('stills', file));
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, png);
        const picture = { file, ...stillPixels(size), bytes: png.length };
        pictures.set(step.id, { ...pictures.get(step.id), [size]: picture });
      }
      await context.close();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const bytes = story.steps.reduce(
        (sum, s) => sum + (pictures.get(s.id)?.[size]?.bytes ?? 0),
        0,
      );
      const { width: w, height: h } = stillPixels(size);
      console.log(
        `stills: ${edition} ${size} ${w}x${h}, ${story.steps.length} pictures, ${bytes} B in ${seconds} s`,
      );
    }
    const shared = sharedInputs(root);
    const stills: StillEntry[] = story.steps.map((step) => {
      const taken = pictures.get(step.id);
      if (!taken?.landscape || !taken.portrait) throw new Error(`stills: ${step.id} was not taken`);
      return {
        id: step.id,
        alt: step.mapDescription,
        inputs: stillInputs(root, story, step, edition, shared),
        pictures: { landscape: taken.landscape, portrait: taken.portrait },
      };
    });
    const manifest = path.join(staging, editionFolder(edition), 'manifest.json');
    mkdirSync(path.dirname(manifest), { recursive: true });
    writeFileSync(
      manifest,
      manifestJson({ edition, browser: `Chromium ${browser.version()}`, stills }),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

const started = performance.now();
try {
  const root = process.cwd();
  // Taken into a folder of their own and swapped in whole at the end: a failed run keeps the
  // old pictures, and a renamed or removed step leaves no stale one behind.
  const staging = path.join(root, '.stills-new');
  rmSync(staging, { recursive: true, force: true });
  for (const edition of STILL_EDITIONS) await photographEdition(root, edition, staging);
  const dir = path.join(root, 'public', 'stills');
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  console.log(`stills: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
