import { expect, test } from '@playwright/test';
import { MIN_SCALE } from '../components/present/use-fit-text';
import { STEPS, expectActiveStep } from './support/story';
import { at } from './support/edition';

/** The panel's body type is 1.125rem at 1024x768, and fitting shrinks it at most to MIN_SCALE. */
const SMALLEST_BODY_PX = Math.floor(18 * MIN_SCALE * 100) / 100;

test.describe('presentation mode, type fitting', () => {
  test('on a 4:3 projector every step fits its panel, in type no smaller than fitting allows', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one screen size, set here');
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(at('/present/'));
    await page.evaluate(() => document.fonts.ready);
    for (const [index, step] of STEPS.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await expectActiveStep(page, step.id);
      // A presenter's keys move the story: nothing can scroll a step's last lines into view.
      const fit = await page.locator('.present-panel').evaluate((panel) => ({
        overflow: panel.scrollHeight - panel.clientHeight,
        bodyPx: parseFloat(getComputedStyle(panel.querySelector('.step-body p') ?? panel).fontSize),
      }));
      expect(fit.overflow, step.id).toBeLessThanOrEqual(1);
      expect(fit.bodyPx, step.id).toBeGreaterThanOrEqual(SMALLEST_BODY_PX);
    }
  });
});
