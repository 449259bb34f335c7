import { expect, test } from '@playwright/test';
import { EDITIONS } from '../lib/content/editions';
import {
  ALL_IDS,
  FIRST,
  LAST,
  LESSON,
  QUERY,
  SECOND,
  handoutIds,
  inEdition,
  origin,
  pressAndLand,
  titleIn,
} from './support/lesson';
import { decodeQr } from './support/qr';
import {
  expectActiveStep,
  expectSettledOn,
  recordSettledScenes,
  settledScenes,
  watchForProblems,
  expectNoProblems,
} from './support/story';

/** A lesson link at work: the presentation and the handout it opens, in both editions. */

test.describe('a lesson presented', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the keys, the counter and the URL follow the lesson, in its order', async ({ page }) => {
    test.setTimeout(180_000);
    const problems = await watchForProblems(page);
    await page.goto(`/present/${QUERY}`);
    await expectActiveStep(page, FIRST.id);
    await expectSettledOn(page, FIRST.scene);
    await expect(page.locator('.present-count')).toHaveText('1 / 3');
    await expect(page.locator('.lesson-note')).toHaveCount(0);

    await pressAndLand(page, 'PageDown', SECOND);
    await expect(page.locator('.present-count')).toHaveText('2 / 3');
    await pressAndLand(page, 'ArrowRight', LAST);
    await expect(page.locator('.present-count')).toHaveText('3 / 3');
    await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();
    // The lesson's end holds, though the story goes on after it.
    await page.keyboard.press('PageDown');
    await pressAndLand(page, 'PageUp', SECOND);
    await pressAndLand(page, 'Home', FIRST);
    await pressAndLand(page, 'End', LAST);
    await expect(page).toHaveURL(new RegExp(`/present/\\${QUERY}#${LAST.id}$`));

    // A reload lands on the same step of the same lesson.
    await page.reload();
    await expectActiveStep(page, LAST.id);
    await expect(page.locator('.present-count')).toHaveText('3 / 3');
    expectNoProblems(problems);
  });

  test("a lesson's deep link lands on its step without settling on the story's first", async ({
    page,
  }) => {
    await recordSettledScenes(page);
    await page.goto(`/present/${QUERY}#${SECOND.id}`);
    await expectActiveStep(page, SECOND.id);
    await expectSettledOn(page, SECOND.scene);
    expect(new Set(await settledScenes(page))).toEqual(new Set([SECOND.scene]));
  });

  test('a step the lesson does not hold opens its first step', async ({ page }) => {
    await page.goto(`/present/${QUERY}#${ALL_IDS[0]}`);
    await expectActiveStep(page, FIRST.id);
    await expect(page.locator('.present-count')).toHaveText('1 / 3');
  });

  for (const edition of EDITIONS) {
    test(`the QR code opens the same step inside the same lesson (${edition})`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const path = inEdition(edition, `/present/${QUERY}#${SECOND.id}`);
      await page.goto(path);
      await expectSettledOn(page, SECOND.scene);
      await page.keyboard.press('q');
      const url = `${origin(page)}${path}`;
      await expect(page.locator('.qr-url')).toHaveText(url);
      expect(await decodeQr(page, '.qr-code')).toBe(url);
    });
  }

  test('a Chinese lesson link presents its steps, in its order, in Chinese', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto(`/zh/present/${QUERY}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    for (const [index, step] of LESSON.entries()) {
      if (index > 0) await page.keyboard.press('PageDown');
      await expectActiveStep(page, step.id);
      await expect(page.locator('.present-count')).toHaveText(`${index + 1} / 3`);
      await expect(page.locator(`#${step.id}-title`)).toHaveText(titleIn('zh', step.id));
    }
    await expectSettledOn(page, LAST.scene);
    expectNoProblems(problems);
  });

  test('the presenter view presents the same lesson, with its notes and questions', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(`/present/${QUERY}`);
    await expectSettledOn(page, FIRST.scene);
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    await expect(presenter).toHaveURL(new RegExp(`/present/presenter/\\${QUERY}#${FIRST.id}$`));
    await expectActiveStep(presenter, FIRST.id);
    await expect(presenter.locator('.present-count')).toHaveText('1 / 3');
    await expect(presenter.locator('.presenter-question')).toHaveText(FIRST.question);
    await expect(presenter.locator('.presenter-next-title')).toHaveText(SECOND.title ?? '');

    await presenter.keyboard.press('End');
    await expectActiveStep(presenter, LAST.id);
    await expectActiveStep(page, LAST.id);
    await expect(presenter.locator('.presenter-notes')).toHaveText(LAST.notes);
    await expect(presenter.locator('.presenter-next-title')).toHaveText('The end of the story');
    await expect(page.locator('.present-count')).toHaveText('3 / 3');

    // The presenter's step index lists the lesson alone, and jumps both screens.
    const index = presenter.getByRole('navigation', { name: 'All steps' }).getByRole('button');
    await expect(index).toHaveText(LESSON.map((step, at) => `${at + 1} of 3:${step.title}`));
    await expect(index.nth(2)).toHaveAttribute('aria-current', 'step');
    await index.nth(1).click();
    await expectActiveStep(presenter, SECOND.id);
    await expectActiveStep(page, SECOND.id);
    await expect(page.locator('.present-count')).toHaveText('2 / 3');
  });
});

test.describe("a lesson's handout", () => {
  test('holds the lesson, in order, each step with its question, and prints', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto(`/text/${QUERY}`);
    await expect.poll(() => handoutIds(page)).toEqual(LESSON.map((step) => step.id));
    const steps = page.locator('article.text-step');
    for (const [index, step] of LESSON.entries()) {
      await expect(steps.nth(index).locator('.step-count')).toHaveText(`${index + 1} / 3`);
      await expect(steps.nth(index).locator('.step-question')).toContainText(step.question);
    }
    // Its first page lists the lesson's questions together, in its order.
    await expect(page.locator('.handout-questions li')).toHaveText(
      LESSON.map((step) => `${step.title} ${step.question}`),
    );
    await expect(page.getByRole('link', { name: 'Present this lesson' })).toHaveAttribute(
      'href',
      `/present/${QUERY}`,
    );

    await page.emulateMedia({ media: 'print' });
    for (const [index] of LESSON.entries()) {
      await expect(steps.nth(index).locator('.step-still img')).toBeVisible();
      await expect(steps.nth(index).locator('.step-question')).toBeVisible();
    }
    await expect(page.locator('.handout-lesson-links').first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(problems.errors).toEqual([]);
  });

  test('without a lesson, holds the whole story with every question', async ({ page }) => {
    await page.goto('/text/');
    await expect.poll(() => handoutIds(page)).toEqual(ALL_IDS);
    await expect(page.locator('.step-question')).toHaveCount(ALL_IDS.length);
  });
});
