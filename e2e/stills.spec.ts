import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { legendFor } from '../lib/map/scene-needs';
import { sceneFor } from '../lib/story/scene-for';
import { STILL_SIZES, stillFile, stillPagePath } from '../lib/stills/still-sizes';
import { showStep } from '../scripts/stills/photograph-step';
import { pictureDifference } from '../scripts/stills/picture-difference';
import { STEPS, watchForProblems } from './support/story';

/**
 * The map's visual tests: each scene's live map, photographed on the still page, against its
 * committed still. A change to a colour, a dash or a label rule changes the photograph, and
 * fails here until the stills are made again (`npm run stills`) and looked at.
 *
 * Most pixels agree exactly (the same software GL draws both); the share allowed covers edge
 * noise and the stills' 256 colours, and is a fraction of what a changed fill or dash moves.
 */
const MAX_SHARE = 0.002;

/** One step for each scene the story uses: the map, not the title band, is under test. */
const ONE_PER_SCENE = [...new Map(STEPS.map((step) => [step.scene, step])).values()];

const { width, height } = STILL_SIZES.landscape;
test.use({ viewport: { width, height }, serviceWorkers: 'block' });

test("each scene's live map looks like its committed still", async ({ page }, testInfo) => {
  test.setTimeout(60_000 + ONE_PER_SCENE.length * 30_000);
  const problems = await watchForProblems(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const first = ONE_PER_SCENE[0];
  if (!first) throw new Error('the story has no steps');
  await page.goto(`/${stillPagePath(first.id)}`);
  const results: { step: string; pixels: number; share: number }[] = [];
  for (const step of ONE_PER_SCENE) {
    await showStep(page, step, legendFor(sceneFor(step)).length);
    const still = readFileSync(path.join('public', stillFile(step.id)));
    const difference = pictureDifference(still, await page.screenshot({ type: 'png' }));
    results.push({ step: step.id, pixels: difference.pixels, share: difference.share });
    if (difference.share > MAX_SHARE)
      await testInfo.attach(`${step.id}-difference.png`, {
        body: difference.diff,
        contentType: 'image/png',
      });
  }
  // The figures, for the report and for whoever tunes MAX_SHARE.
  const table = results
    .map((r) => `${r.step}: ${r.pixels} px, ${(r.share * 100).toFixed(3)} %`)
    .join('\n');
  await testInfo.attach('differences.txt', { body: table, contentType: 'text/plain' });
  const differing = results.filter((r) => r.share > MAX_SHARE).map((r) => r.step);
  expect(
    differing,
    `scenes that no longer match their stills (remake them with \`npm run stills\` and look at them):\n${table}`,
  ).toEqual([]);
  expect(problems.errors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});
