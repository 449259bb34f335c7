import { expect, test } from '@playwright/test';
import { sceneFor } from '../lib/story/scene-for';
import { cameraCalls, cameraMoves, recordCameraMoves } from './support/camera-moves';
import {
  STEPS,
  expectActiveStep,
  expectSettledOn,
  recordSettledScenes,
  settledScenes,
  scrollToStep,
  stepAt,
  swipeOrWheel,
  waitForScrollToSettle,
  watchForProblems,
  expectNoProblems,
} from './support/story';
import { SAME_IN_EVERY_EDITION, at } from './support/edition';

/**
 * The two neighbouring steps whose cameras differ least: without reduced motion the camera
 * flies between them (MapLibre makes a flight longer than the story's limit a jump, so a far
 * pair would jump either way and prove nothing).
 */
function closestMove() {
  const gap = (a: (typeof STEPS)[number], b: (typeof STEPS)[number]) => {
    const [one, two] = [sceneFor(a).camera, sceneFor(b).camera];
    return (
      Math.abs(one.zoom - two.zoom) +
      Math.abs(one.center[0] - two.center[0]) +
      Math.abs(one.center[1] - two.center[1]) +
      Math.abs(one.pitch - two.pitch) / 10
    );
  };
  const pairs = STEPS.slice(1)
    .map((step, index) => [stepAt(index), step] as const)
    .filter(([a, b]) => gap(a, b) > 0)
    .sort(([a, b], [c, d]) => gap(a, b) - gap(c, d));
  const closest = pairs[0];
  if (!closest) throw new Error('no two neighbouring steps have different cameras');
  return closest;
}

test.describe('the scroll story', () => {
  test('opens on the title, with every step in the HTML before any script runs', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('/'));
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('section[data-step-id]')).toHaveCount(STEPS.length);
    for (const step of STEPS) {
      await expect(page.locator(`section#${step.id}[data-step-id="${step.id}"]`)).toHaveCount(1);
    }
    await expect(page.locator('section[data-step-id] h2').first()).toBeVisible();
    await context.close();
  });

  test('scrolling moves the active step and the map scene through every step', async ({ page }) => {
    // It walks all the steps, each a scroll and a camera move in software WebGL: the default
    // timeout, made for one step, is too tight for a loaded machine.
    test.setTimeout(240_000);
    const problems = await watchForProblems(page);
    await page.goto(at('/'));
    await expectActiveStep(page, stepAt(0).id);
    const historyLength = await page.evaluate(() => history.length);
    for (const step of STEPS.slice(1)) {
      await scrollToStep(page, step.id);
      await expectActiveStep(page, step.id);
      await expect(page.locator('[data-map-scene]')).toHaveAttribute('data-map-scene', step.scene);
      await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
    }
    // Back up to the first step: the URL names it too, once the reader has moved.
    await scrollToStep(page, stepAt(0).id);
    await expectActiveStep(page, stepAt(0).id);
    await expect(page).toHaveURL(new RegExp(`#${stepAt(0).id}$`));
    await expectSettledOn(page, stepAt(0).scene);
    // The URL followed quietly: no history entry per step.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expectNoProblems(problems);
  });

  test('scrolling by wheel or by a swipe over the map moves from the first step to the second', async ({
    page,
    isMobile,
  }) => {
    await page.goto(at('/'));
    await expectActiveStep(page, stepAt(0).id);
    const map = page.locator('[data-map-scene]');
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const active = await page.locator('[data-active-step]').getAttribute('data-active-step');
      if (active !== stepAt(0).id) break;
      // On a phone every swipe starts on the map: it must scroll the page, not the map.
      const box = await map.boundingBox();
      const at =
        isMobile && box
          ? { x: box.x + box.width / 2, y: Math.max(box.y, 0) + 60 }
          : { x: 120, y: 400 };
      await swipeOrWheel(page, isMobile, at, 200);
      // Read the step only where the scroll ended, or a slow page gets swiped past the second.
      await waitForScrollToSettle(page);
    }
    await expectActiveStep(page, stepAt(1).id);
  });

  test('a deep link to the third step opens on it, with the map settled on its scene', async ({
    page,
  }) => {
    const problems = await watchForProblems(page);
    const third = stepAt(2);
    await page.goto(at(`/#${third.id}`));
    await expectActiveStep(page, third.id);
    await expectSettledOn(page, third.scene);
    const top = await page.locator(`#${third.id}`).evaluate((el) => el.getBoundingClientRect().top);
    const viewport = page.viewportSize();
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan((viewport?.height ?? 800) * 0.7);
    expectNoProblems(problems);
  });

  test('a deep link jumps: the map never settles anywhere else first', async ({ page }) => {
    const target =
      STEPS.find((step) => step.scene !== stepAt(0).scene && step.scene !== 'plateau') ?? stepAt(2);
    await recordSettledScenes(page);
    await page.goto(at(`/#${target.id}`));
    await expectSettledOn(page, target.scene);
    const seen = await settledScenes(page);
    expect(new Set(seen)).toEqual(new Set([target.scene]));
  });

  test('a reload mid-story lands where the reader was', async ({ page }) => {
    await page.goto(at('/'));
    const middle = stepAt(Math.floor(STEPS.length / 2));
    await scrollToStep(page, middle.id);
    await expectActiveStep(page, middle.id);
    await expect(page).toHaveURL(new RegExp(`#${middle.id}$`));
    await page.reload();
    await expectActiveStep(page, middle.id);
    await expectSettledOn(page, middle.scene);
  });

  test(
    'a link that names no step lands on the first step, without an error',
    SAME_IN_EVERY_EDITION,
    async ({ page }) => {
      test.setTimeout(180_000);
      const problems = await watchForProblems(page);
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      for (const hash of ['no-such-step', '%E0%A4%A', '<script>alert(1)</script>', 'credits']) {
        // Each a fresh load of the story, not a hash change on the page already open.
        await page.goto('about:blank');
        await page.goto(at(`/#${hash}`));
        await expectActiveStep(page, stepAt(0).id);
        await expectSettledOn(page, stepAt(0).scene);
        expect(await page.evaluate(() => window.scrollY), hash).toBe(0);
        expect(new URL(page.url()).hash, hash).toBe('');
      }
      expect(dialogs).toEqual([]);
      expect(problems.errors).toEqual([]);
    },
  );

  test('Back leaves the story instead of stepping through it', async ({ page }) => {
    await page.goto('/icon.svg');
    await page.goto(at('/'));
    await scrollToStep(page, stepAt(1).id);
    await expectActiveStep(page, stepAt(1).id);
    await scrollToStep(page, stepAt(2).id);
    await expectActiveStep(page, stepAt(2).id);
    await page.goBack();
    await expect(page).toHaveURL(/\/icon\.svg$/);
  });

  test(
    'under reduced motion the camera jumps and the content is the same',
    SAME_IN_EVERY_EDITION,
    async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const [from, to] = closestMove();
      await page.goto(at(`/#${from.id}`));
      await expectSettledOn(page, from.scene);
      await recordCameraMoves(page);
      await scrollToStep(page, to.id);
      await expectActiveStep(page, to.id);
      await expectSettledOn(page, to.scene);
      // A jump: the camera was told to jump, never to fly or ease, and every camera MapLibre
      // reported on the way was the last one, with no frame of a flight in between.
      expect(await cameraCalls(page)).toEqual(['jumpTo']);
      const moves = await cameraMoves(page);
      expect(moves.length).toBeGreaterThan(0);
      const end = moves.at(-1);
      for (const move of moves) expect(move).toEqual(end);
      await expect(page.locator('section[data-step-id]')).toHaveCount(STEPS.length);
    },
  );

  test('an address bar sliding or a rotation keeps the reader on their step', async ({ page }) => {
    const step = stepAt(6);
    await page.goto(at(`/#${step.id}`));
    await expectActiveStep(page, step.id);
    const size = page.viewportSize() ?? { width: 390, height: 844 };
    for (const next of [
      { width: size.width, height: size.height - 90 },
      { width: size.width, height: size.height },
      { width: size.height, height: size.width },
      { width: size.width, height: size.height },
    ]) {
      await page.setViewportSize(next);
      await expectActiveStep(page, step.id);
    }
    await expectSettledOn(page, step.scene);
  });
});
