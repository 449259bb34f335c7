import { expect, test } from '@playwright/test';
import { expectNoViolations, expectNoViolationsAt, expectNoViolationsOnStep } from './support/axe';
import { STEPS, expectActiveStep, expectSettledOn, stepAt } from './support/story';
import { at, editionUnderTest, wordsUnderTest } from './support/edition';
import { EDITION_LANG } from '../lib/content/editions';

/**
 * The projects whose walk through the article runs axe on every step: each size once, and each
 * edition once. The others walk it by keyboard and check the whole page on its first step.
 */
const AXE_ON_EVERY_STEP = new Set(['desktop', 'zh-phone']);

test.describe('accessibility', () => {
  test.use({ reducedMotion: 'reduce' });

  // First: the longest test of the file, so a worker is not left running it alone at the end.
  test('a keyboard alone reaches the story text and moves through every step, which axe passes', async ({
    page,
  }, testInfo) => {
    const checkEachStep = AXE_ON_EVERY_STEP.has(testInfo.project.name);
    // Axe on all 19 steps took over four minutes on a loaded 2-core machine with software WebGL.
    test.setTimeout(checkEachStep ? 480_000 : 240_000);
    await page.goto(at('/'));
    await expectSettledOn(page, stepAt(0).scene);
    await expectNoViolations(page, at('/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: wordsUnderTest().skipToText });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    for (const step of STEPS.slice(1)) {
      await page.keyboard.press('j');
      await expectActiveStep(page, step.id);
      await expect(page.locator(`section#${step.id}`)).toBeFocused();
      if (checkEachStep) await expectNoViolationsOnStep(page, step.id);
    }
    await expectSettledOn(page, stepAt(STEPS.length - 1).scene);
    // Tab goes on from the step: the next focusable thing is inside or after it, never lost.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.tagName ?? 'none');
    expect(['A', 'SUMMARY', 'BUTTON']).toContain(focused);
    const outline = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? getComputedStyle(element).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
  });

  // Lesson links: the builder with a lesson in it, and the note a bad link brings.
  for (const path of [
    '/text/',
    '/embed/',
    '/present/',
    '/present/presenter/',
    '/lesson/',
    '/lesson/?steps=guian,plateau,hydro',
    '/text/?steps=guian,mars',
    '/present/?steps=hydro,hydro,mars',
  ]) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await expectNoViolationsAt(page, at(path));
      await expect(page.locator('html')).toHaveAttribute('lang', EDITION_LANG[editionUnderTest()]);
    });
  }

  test('axe finds no violations on a share page', async ({ page }) => {
    // A share page sends its reader straight on to the story. Answering that navigation with
    // 204 No Content keeps the share page itself on screen to be checked.
    await page.route(
      (url) => url.pathname === at('/'),
      (route) => route.fulfill({ status: 204 }),
    );
    const step = stepAt(5);
    await page.goto(at(`/s/${step.id}/`));
    await expect(page.locator('h1')).toBeVisible();
    await expectNoViolations(page, at(`/s/${step.id}/`));
  });

  test('the map is described: its description is announced once its scene settles', async ({
    page,
  }) => {
    const step = stepAt(4);
    await page.goto(at(`/#${step.id}`));
    await expectSettledOn(page, step.scene);
    const region = page.locator('.map-pane [aria-live="polite"]');
    await expect(region).not.toBeEmpty();
    const description = await region.textContent();
    expect(description?.length).toBeGreaterThan(30);
  });

  test('at 320 px wide and with text at 200 %, nothing is cut off sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    // Text at 200 % from the first layout, as a reader's browser setting would have it.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = 'html { font-size: 200% !important; }';
        document.head.append(style);
      });
    });
    await page.goto(at(`/#${stepAt(2).id}`));
    await expectActiveStep(page, stepAt(2).id);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const clipped = await page
      .locator('.step-card')
      .evaluateAll(
        (cards) => cards.filter((card) => card.scrollWidth > card.clientWidth + 1).length,
      );
    expect(clipped).toBe(0);
  });
});
