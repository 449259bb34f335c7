import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, executablePath } from '../playwright.config';
import { stillFile, stillPixels } from '../lib/stills/still-sizes';
import {
  STEPS,
  expectActiveStep,
  expectSettledOn,
  expectClear,
  expectNoProblems,
  stepAt,
  stillSizeFor,
  watchForProblems,
} from './support/story';
import { at, editionUnderTest, storyUnderTest, wordsUnderTest } from './support/edition';

// A browser with no WebGL at all, as on some old or locked-down school machines.
test.use({ launchOptions: { executablePath, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] } });

test('without WebGL every step shows its still map, described, at a size it reads at, and nothing fails', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = await watchForProblems(page);
  await page.goto(at(`/#${stepAt(0).id}`));
  const pane = page.locator('[data-map-scene]');
  await expect(pane).toHaveAttribute('data-map-mode', 'still');
  await expect(page.locator('.map-notice')).toHaveText(wordsUnderTest().stillNotice);
  const story = storyUnderTest();
  // Portrait on a phone, where a wide picture in the map pane is too small to read.
  const size = stillSizeFor(page);
  for (const [index, step] of STEPS.entries()) {
    if (index > 0) await page.keyboard.press('j');
    await expectActiveStep(page, step.id);
    await expectSettledOn(page, step.scene);
    const still = pane.locator('img');
    await expect(still).toHaveAttribute('alt', story.steps[index]?.mapDescription ?? '');
    expect(await still.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
      stillPixels(size).width,
    );
    expect(await still.getAttribute('src')).toBe(
      `/${stillFile(step.id, size, editionUnderTest())}`,
    );
    // Small on a phone: a link opens the picture full size.
    await expect(
      pane.getByRole('link', { name: wordsUnderTest().openStillFullSize }),
    ).toHaveAttribute('href', (await still.getAttribute('src')) ?? '');
  }
  // The notice stays clear of the step counter and the language switch in the map's corner,
  // and of the picture, whose title band it would hide.
  await expectClear(page, '.map-notice', [
    '.step-index-toggle',
    '.edition-switch',
    '[data-map-scene] img',
  ]);
  expectNoProblems(problems);
});
