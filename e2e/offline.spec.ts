import { expect, test } from '@playwright/test';
import { stillPixels } from '../lib/stills/still-sizes';
import { STEPS, expectActiveStep, expectSettledOn, stillSizeFor } from './support/story';

test('after one visit the story works with the network off, on a deep link', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // The service worker has installed (its precache is complete) once it is active.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  const target = STEPS.find((step) => step.scene === 'plateau') ?? STEPS[STEPS.length - 1];
  if (!target) throw new Error('no steps');
  await page.goto(`/#${target.id}`);
  await expectActiveStep(page, target.id);
  await expectSettledOn(page, target.scene);
  await expect(page.locator('[data-map-mode]')).toHaveAttribute('data-map-mode', 'live');

  // The other views too: the text version with its stills, and presentation mode.
  await page.goto('/text/');
  await expect(page.locator('h1')).toBeVisible();
  const still = page.locator(`#${target.id} img`);
  await still.scrollIntoViewIfNeeded();
  await expect
    .poll(() => still.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(stillPixels(stillSizeFor(page)).width);
  await page.goto(`/present/#${target.id}`);
  await expectSettledOn(page, target.scene);

  // Typed without the trailing slash, as a teacher might: the page, not the browser's error.
  await page.goto('/present');
  await expect(page.locator('.present-panel')).toBeVisible();
  await page.goto(`/s/${target.id}`);
  await expectActiveStep(page, target.id);
  // A page that does not exist: the 404 page, which leads back to the story.
  await page.goto('/no-such-page/');
  await expect(
    page.getByRole('heading', { name: 'This page is not part of the story' }),
  ).toBeVisible();
  await context.setOffline(false);
});
