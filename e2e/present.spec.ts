import { expect, test, type Page } from '@playwright/test';
import { SITE_ORIGIN, shareUrl } from '../lib/share/share-url';
import {
  STEPS,
  expectActiveStep,
  expectSettledOn,
  recordSettledScenes,
  settledScenes,
  stepAt,
  watchForProblems,
  expectNoProblems,
  pressAndLand,
} from './support/story';
import { PRESENTER_TEXT } from '../lib/i18n/presenter-text';
import {
  SAME_IN_EVERY_EDITION,
  at,
  editionUnderTest,
  presentWordsUnderTest,
} from './support/edition';
import { decodeQr } from './support/qr';

const FIRST = stepAt(0);
const SECOND = stepAt(1);
const LAST = stepAt(STEPS.length - 1);
const BEFORE_LAST = stepAt(STEPS.length - 2);

const NEXT_KEYS = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter'];
const PREVIOUS_KEYS = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];

/**
 * The story's two ends. At each, every `outward` key keeps the step (`stepIn` then lands on
 * `inner`, `stepOut` back on `end`), and every `inward` key lands on `inner`, `back` returning.
 */
const STORY_ENDS = [
  {
    end: FIRST,
    inner: SECOND,
    jump: 'Home',
    outward: [...PREVIOUS_KEYS, 'Home'],
    inward: NEXT_KEYS,
    stepIn: 'ArrowRight',
    stepOut: 'ArrowLeft',
    back: 'PageUp',
  },
  {
    end: LAST,
    inner: BEFORE_LAST,
    jump: 'End',
    outward: [...NEXT_KEYS, 'End'],
    inward: PREVIOUS_KEYS,
    stepIn: 'ArrowLeft',
    stepOut: 'ArrowRight',
    back: 'PageDown',
  },
];

async function expectEndHolds(page: Page, end: (typeof STORY_ENDS)[number]) {
  for (const key of end.outward) {
    await page.keyboard.press(key);
    await pressAndLand(page, end.stepIn, end.inner);
    await pressAndLand(page, end.stepOut, end.end);
  }
  for (const key of end.inward) {
    await pressAndLand(page, key, end.inner);
    await pressAndLand(page, end.back, end.end);
  }
}

test.describe('presentation mode', () => {
  test(
    'every key moves the story, and holds at both ends',
    SAME_IN_EVERY_EDITION,
    async ({ page }) => {
      test.setTimeout(300_000);
      // Some forty landings: camera jumps (reduced motion) keep this about the keys; the burst
      // below is the test of presses during flights.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const problems = await watchForProblems(page);
      await page.goto(at('/present/'));
      await expectActiveStep(page, FIRST.id);
      await expectSettledOn(page, FIRST.scene);
      const historyLength = await page.evaluate(() => history.length);

      for (const [index, end] of STORY_ENDS.entries()) {
        if (index > 0) {
          await pressAndLand(page, end.jump, end.end);
          await expect(page).toHaveURL(new RegExp(`/present/#${end.end.id}$`));
        }
        await expectEndHolds(page, end);
      }
      await pressAndLand(page, 'Home', FIRST);
      await expect(page).toHaveURL(new RegExp(`/present/#${FIRST.id}$`));

      await expect(page.locator('.present-count')).toHaveText(`1 / ${STEPS.length}`);
      // The URL followed quietly: no history entry per step.
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expectNoProblems(problems);
    },
  );

  test('a burst of presses ends with the map settled on the last step pressed', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const problems = await watchForProblems(page);
    const start = 2;
    await page.goto(at(`/present/#${stepAt(start).id}`));
    await expectSettledOn(page, stepAt(start).scene);

    // Seven presses mid-flight land mid-story; twenty more run into the end and hold there.
    const middle = stepAt(start + 7);
    for (let press = 0; press < 7; press += 1) await page.keyboard.press('PageDown');
    await expectActiveStep(page, middle.id);
    await expectSettledOn(page, middle.scene);

    const end = stepAt(Math.min(start + 7 + 20, STEPS.length - 1));
    for (let press = 0; press < 20; press += 1) await page.keyboard.press('PageDown');
    await expectActiveStep(page, end.id);
    await expectSettledOn(page, end.scene);
    await expect(page).toHaveURL(new RegExp(`#${end.id}$`));
    expect(problems.errors).toEqual([]);
  });

  test('a deep link opens on its step, jumping there without settling anywhere else', async ({
    page,
  }) => {
    const target = STEPS.find((step) => step.scene !== FIRST.scene) ?? SECOND;
    await recordSettledScenes(page);
    const problems = await watchForProblems(page);
    await page.goto(at(`/present/#${target.id}`));
    await expectActiveStep(page, target.id);
    await expectSettledOn(page, target.scene);
    const seen = await settledScenes(page);
    expect(new Set(seen)).toEqual(new Set([target.scene]));
    await expect(page.locator('[data-active-step]')).toHaveCount(1);
    await expect(page.locator('[data-map-scene]')).toHaveCount(1);
    expectNoProblems(problems);
  });

  test('a link that names no step opens on the first, with a clean URL; f and ? work there', async ({
    page,
  }) => {
    await page.goto(at('/present/#no-such-step'));
    await expectActiveStep(page, FIRST.id);
    await expectSettledOn(page, FIRST.scene);
    await expect.poll(() => new URL(page.url()).hash).toBe('');

    // f goes fullscreen and back.
    const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    const button = page.getByRole('button', { name: presentWordsUnderTest().fullscreen });
    await page.keyboard.press('f');
    await expect.poll(isFullscreen).toBe(true);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('f');
    await expect.poll(isFullscreen).toBe(false);
    await expect(button).toHaveAttribute('aria-pressed', 'false');

    // ? shows the keys and Esc hides them.
    const help = page.getByRole('dialog', { name: presentWordsUnderTest().keysTitle });
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await expect(help).toContainText('Page Down');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await page.keyboard.press('?');
    await expect(help).toBeHidden();
    // Keys still move the story once the help has gone.
    await pressAndLand(page, 'PageDown', SECOND);
  });

  test("q shows a QR code of the step's share link, large enough to scan", async ({ page }) => {
    // Two settles and two screenshots decoded in Node: 40-66 s measured, too near the default.
    test.setTimeout(180_000);
    const problems = await watchForProblems(page);
    const step = stepAt(4);
    await page.goto(at(`/present/#${step.id}`));
    await expectSettledOn(page, step.scene);
    const url = shareUrl(step.id, SITE_ORIGIN ?? new URL(page.url()).origin, editionUnderTest());

    await page.keyboard.press('q');
    const code = page.locator('.qr-code');
    await expect(code).toBeVisible();
    await expect(page.locator('.qr-url')).toHaveText(url);
    expect(await decodeQr(page, '.qr-code')).toBe(url);
    const box = await code.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual((page.viewportSize()?.height ?? 0) * 0.6);

    // The code follows the step.
    await page.keyboard.press('PageDown');
    const next = stepAt(5);
    await expectActiveStep(page, next.id);
    const nextUrl = shareUrl(
      next.id,
      SITE_ORIGIN ?? new URL(page.url()).origin,
      editionUnderTest(),
    );
    await expect(page.locator('.qr-url')).toHaveText(nextUrl);
    expect(await decodeQr(page, '.qr-code')).toBe(nextUrl);

    await page.keyboard.press('Escape');
    await expect(code).toBeHidden();
    expectNoProblems(problems);
  });

  test.describe('without the service worker, whose cache would answer first', () => {
    test.use({ serviceWorkers: 'block' });

    test('q still shows the link, and the slide stays up, when the QR code cannot load', async ({
      page,
    }) => {
      const step = stepAt(4);
      await page.goto(at(`/present/#${step.id}`));
      await expectSettledOn(page, step.scene);
      // As after a new version of the site replaced the old code, or offline before it was cached.
      await page.route('**/_next/static/chunks/**', (route) => route.abort());
      await page.keyboard.press('q');
      const url = shareUrl(step.id, SITE_ORIGIN ?? new URL(page.url()).origin, editionUnderTest());
      await expect(page.locator('.qr-url')).toHaveText(url);
      await expect(page.locator('.qr-code')).toHaveCount(0);
      await expect(page.locator('.present-step')).toBeVisible();
      await page.keyboard.press('q');
      await expect(page.locator('.qr-url')).toHaveCount(0);
      await pressAndLand(page, 'PageDown', stepAt(5));
    });
  });

  test('the presenter view and the audience screen move each other', async ({ page }) => {
    test.setTimeout(180_000);
    const problems = await watchForProblems(page);
    await page.goto(at(`/present/#${SECOND.id}`));
    await expectSettledOn(page, SECOND.scene);

    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    const presenterProblems = await watchForProblems(presenter);
    await expectActiveStep(presenter, SECOND.id);
    await expect(presenter.locator('.presenter-next-title')).toHaveText(
      /\S/, // the next step's title
    );
    await expect(presenter.getByRole('heading', { level: 1 })).toBeVisible();

    // Presenter → audience.
    const third = stepAt(2);
    await presenter.keyboard.press('ArrowRight');
    await expectActiveStep(presenter, third.id);
    await expectActiveStep(page, third.id);
    await expectSettledOn(page, third.scene);
    await expect(page).toHaveURL(new RegExp(`/present/#${third.id}$`));
    await expect(presenter).toHaveURL(new RegExp(`/present/presenter/#${third.id}$`));

    // Audience → presenter.
    await page.keyboard.press('PageUp');
    await expectActiveStep(page, SECOND.id);
    await expectActiveStep(presenter, SECOND.id);
    await expectSettledOn(page, SECOND.scene);

    // The presenter puts the QR code on the audience screen, and takes it off.
    await presenter.keyboard.press('q');
    await expect(page.locator('.qr-code')).toBeVisible();
    await expect(presenter.locator('.presenter-qr')).toHaveAttribute('data-qr-shown', 'true');
    await presenter.keyboard.press('q');
    await expect(page.locator('.qr-code')).toBeHidden();

    // Closing the presenter leaves the audience screen working; a new one picks up where it is.
    await presenter.close();
    await pressAndLand(page, 'End', LAST);
    const [again] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    await expectActiveStep(again, LAST.id);
    await expect(again.locator('.presenter-next-title')).toHaveText(
      PRESENTER_TEXT[editionUnderTest()].end,
    );

    // Closing the audience screen leaves the presenter view working.
    await page.close();
    await again.keyboard.press('Home');
    await expectActiveStep(again, FIRST.id);
    await expect(again).toHaveURL(new RegExp(`#${FIRST.id}$`));

    expectNoProblems(problems);
    expectNoProblems(presenterProblems);
  });

  test('an audience screen opened second takes the presentation where it is', async ({
    page,
    context,
  }) => {
    await page.goto(at(`/present/presenter/#${stepAt(6).id}`));
    await expectActiveStep(page, stepAt(6).id);
    const audience = await context.newPage();
    await audience.goto(at('/present/'));
    await expectActiveStep(audience, stepAt(6).id);
    await expectSettledOn(audience, stepAt(6).scene);
    await expect(page.locator('.presenter-time').first()).toHaveText(/\d/);
    await expect(page.locator('.presenter-time').nth(1)).toHaveText(/^\d+:\d\d$/);
  });
});
