import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, executablePath } from '../playwright.config';
import { stillFile, stillPixels } from '../lib/stills/still-sizes';
import {
  STEPS,
  STORY,
  expectActiveStep,
  expectSettledOn,
  expectNoProblems,
  stepAt,
  stillSizeFor,
  watchForProblems,
} from './support/story';

// A browser with no WebGL at all, as on some old or locked-down school machines.
test.use({ launchOptions: { executablePath, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] } });

test('without WebGL every step shows its still map, described, at a size it reads at, and nothing fails', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = await watchForProblems(page);
  await page.goto(`/#${stepAt(0).id}`);
  const pane = page.locator('[data-map-scene]');
  await expect(pane).toHaveAttribute('data-map-mode', 'still');
  await expect(page.locator('.map-notice')).toHaveCount(1);
  // Portrait on a phone, where a wide picture in the map pane is too small to read.
  const size = stillSizeFor(page);
  for (const [index, step] of STEPS.entries()) {
    if (index > 0) await page.keyboard.press('j');
    await expectActiveStep(page, step.id);
    await expectSettledOn(page, step.scene);
    const still = pane.locator('img');
    await expect(still).toHaveAttribute('alt', STORY.steps[index]?.mapDescription ?? '');
    expect(await still.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
      stillPixels(size).width,
    );
    expect(await still.getAttribute('src')).toBe(`/${stillFile(step.id, size)}`);
    // Small on a phone: a link opens the picture full size.
    await expect(pane.getByRole('link', { name: 'Open this picture full size' })).toHaveAttribute(
      'href',
      (await still.getAttribute('src')) ?? '',
    );
  }
  // The notice stays clear of the step counter and the language switch in the map's corner,
  // and of the picture, whose title band it would hide.
  const notice = await page.locator('.map-notice').boundingBox();
  if (!notice) throw new Error('the notice is not on screen');
  for (const other of ['.step-index-toggle', '.edition-switch', '[data-map-scene] img']) {
    const box = await page.locator(other).boundingBox();
    if (!box) throw new Error(`${other} is not on screen`);
    const apart =
      notice.x + notice.width <= box.x ||
      box.x + box.width <= notice.x ||
      notice.y + notice.height <= box.y ||
      box.y + box.height <= notice.y;
    expect(apart, `the notice overlaps ${other}`).toBe(true);
  }
  expectNoProblems(problems);
});

test('without WebGL the Chinese edition shows the Chinese stills', async ({ page }) => {
  const step = stepAt(4);
  await page.goto(`/zh/#${step.id}`);
  const pane = page.locator('[data-map-scene]');
  await expect(pane).toHaveAttribute('data-map-mode', 'still');
  await expectActiveStep(page, step.id);
  const size = stillSizeFor(page);
  await expect(pane.locator('img')).toHaveAttribute('src', `/${stillFile(step.id, size, 'zh')}`);
});
