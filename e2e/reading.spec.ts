import { expect, test } from '@playwright/test';
import { STEPS, expectActiveStep, expectSettledOn, stepAt } from './support/story';
import { at, wordsUnderTest } from './support/edition';

test.describe('reading with the keyboard', () => {
  test('j/k and the arrow keys move a whole step; Home and End go to the ends', async ({
    page,
  }) => {
    await page.goto(at(`/#${stepAt(1).id}`));
    await expectActiveStep(page, stepAt(1).id);
    await page.keyboard.press('j');
    await expectActiveStep(page, stepAt(2).id);
    await page.keyboard.press('ArrowDown');
    await expectActiveStep(page, stepAt(3).id);
    await page.keyboard.press('k');
    await expectActiveStep(page, stepAt(2).id);
    await page.keyboard.press('ArrowUp');
    await expectActiveStep(page, stepAt(1).id);
    await page.keyboard.press('End');
    const last = stepAt(STEPS.length - 1);
    await expectActiveStep(page, last.id);
    await page.keyboard.press('j');
    await expectActiveStep(page, last.id);
    await expectSettledOn(page, last.scene);
    await page.keyboard.press('Home');
    await expectActiveStep(page, stepAt(0).id);
    await page.keyboard.press('k');
    await expectActiveStep(page, stepAt(0).id);
    await expectSettledOn(page, stepAt(0).scene);
  });

  test('Shift+arrow keeps selecting text instead of moving a step', async ({ page }) => {
    await page.goto(at(`/#${stepAt(1).id}`));
    await expectActiveStep(page, stepAt(1).id);
    await page.keyboard.press('Shift+ArrowDown');
    await expectActiveStep(page, stepAt(1).id);
  });

  test('the step index lists every step, marks the current one and navigates', async ({ page }) => {
    await page.goto(at(`/#${stepAt(2).id}`));
    await expectActiveStep(page, stepAt(2).id);
    const words = wordsUnderTest();
    // The accessible name reads its hidden words apart from the count: "步骤：第 3 / 19 步".
    const toggle = page.getByRole('button', {
      name: new RegExp(`^${words.stepsButton.trim()}\\s*3 / ${STEPS.length}`),
    });
    await expect(toggle).toBeVisible();
    await toggle.click();
    const nav = page.getByRole('navigation', { name: wordsUnderTest().stepListLabel });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link')).toHaveCount(STEPS.length);
    await expect(nav.locator('[aria-current="step"]')).toContainText(
      `3${words.stepOf(STEPS.length)}`,
    );
    const target = stepAt(6);
    await nav.getByRole('link').nth(6).click();
    await expect(nav).toBeHidden();
    await expectActiveStep(page, target.id);
    await expectSettledOn(page, target.scene);
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
  });

  test('the step index opens and closes from the keyboard', async ({ page }) => {
    await page.goto(at('/'));
    const toggle = page.locator('.step-index-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: wordsUnderTest().stepListLabel });
    await expect(nav).toBeVisible();
    await expect(nav.locator('[aria-current="step"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
  });
});
