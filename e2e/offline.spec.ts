import { expect, test } from '@playwright/test';
import { STEPS, expectActiveStep, expectSettledOn } from './support/story';

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
  await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await page.goto(`/present/#${target.id}`);
  await expectSettledOn(page, target.scene);
  await context.setOffline(false);
});
