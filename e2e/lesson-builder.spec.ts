import { expect, test } from '@playwright/test';
import { EDITIONS } from '../lib/content/editions';
import { LESSON_TEXT } from '../lib/i18n/lesson-text';
import {
  FIRST,
  LAST,
  LESSON,
  QUERY,
  SECOND,
  handoutIds,
  inEdition,
  origin,
  titleIn,
} from './support/lesson';
import { decodeQr } from './support/qr';
import { expectActiveStep, watchForProblems } from './support/story';

/**
 * The lesson builder, `/lesson/` and `/zh/lesson/`: the same page in each edition's words, with
 * the edition's step titles, making links to the edition's presentation and handout.
 */
for (const edition of EDITIONS) {
  const words = LESSON_TEXT[edition];
  const title = (step: { id: string }) => titleIn(edition, step.id);
  /** A button's name: its visible words, then the step it acts on, for a screen reader. */
  const button = (label: string, step: { id: string }) => `${label}${words.which(title(step))}`;
  /** The lesson's link, as the page shows it and its QR code carries it. */
  const presentUrl = (page: Parameters<typeof origin>[0], query: string) =>
    `${origin(page)}${inEdition(edition, `/present/${query}`)}`;

  test.describe(`the lesson builder (${edition})`, () => {
    test('a keyboard builds and orders a lesson, hearing each edit', async ({ page }) => {
      const problems = await watchForProblems(page);
      await page.goto(inEdition(edition, '/lesson/'));
      await expect(page.locator('h1')).toHaveText(words.heading);
      const announcement = page.locator('[data-lesson-announcement]');
      const lessonItems = page.locator('#lesson-order-heading ~ ol .lesson-item');

      // Add the lesson's steps in the story's order, by keyboard: plateau, hydro, then guian.
      const inStoryOrder = [...LESSON].sort((a, b) => a.index - b.index);
      for (const step of inStoryOrder) {
        await page.getByRole('button', { name: button(words.picker.add, step) }).focus();
        await page.keyboard.press('Enter');
        const remove = page.getByRole('button', { name: button(words.picker.remove, step) });
        await expect(remove).toHaveCount(2);
      }
      const lastAdded = inStoryOrder.at(-1) ?? FIRST;
      await expect(announcement).toHaveText(words.edits.added(title(lastAdded), 3, 3));
      // Guian, added last, moves to the top: the lesson's order.
      const guianUp = page.getByRole('button', { name: button(words.order.up, FIRST) });
      await guianUp.focus();
      await page.keyboard.press('Enter');
      await expect(announcement).toHaveText(words.edits.moved(title(FIRST), 2, 3));
      await expect(guianUp).toBeFocused();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(announcement).toHaveText(words.edits.moved(title(FIRST), 1, 3));
      // At the top, its Move up button is disabled and focus moved to Move down.
      await expect(guianUp).toBeDisabled();
      const guianDown = page.getByRole('button', { name: button(words.order.down, FIRST) });
      await expect(guianDown).toBeFocused();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(announcement).toHaveText(words.edits.atTop(title(FIRST)));

      await expect(lessonItems.locator('.lesson-item-title')).toHaveText(LESSON.map(title));
      await expect(page.locator('[data-lesson-link]')).toHaveText(presentUrl(page, QUERY));
      expect(await decodeQr(page, '.lesson-qr')).toBe(presentUrl(page, QUERY));
      await expect(page).toHaveURL(new RegExp(`${inEdition(edition, '/lesson/')}\\${QUERY}$`));

      await page.getByRole('link', { name: words.share.handout }).click();
      await expect(page).toHaveURL(new RegExp(`${inEdition(edition, '/text/')}\\${QUERY}$`));
      await expect.poll(() => handoutIds(page)).toEqual(LESSON.map((step) => step.id));
      expect(problems.errors).toEqual([]);
    });

    test('removing a step keeps focus in the lesson', async ({ page }) => {
      await page.goto(inEdition(edition, `/lesson/${QUERY}`));
      await page
        .getByRole('button', { name: button(words.order.remove, SECOND) })
        .last()
        .click();
      await expect(page.locator('[data-lesson-announcement]')).toHaveText(
        words.edits.removed(title(SECOND), 2),
      );
      const removeLast = page.getByRole('button', { name: button(words.order.remove, LAST) });
      await expect(removeLast.last()).toBeFocused();
      await expect(page.locator('[data-lesson-link]')).toHaveText(
        presentUrl(page, `?steps=${FIRST.id},${LAST.id}`),
      );
    });

    test.describe('on a touch screen', () => {
      test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

      test('a finger builds a lesson and presents it', async ({ page }) => {
        await page.goto(inEdition(edition, '/lesson/'));
        await page.getByRole('button', { name: button(words.picker.add, LAST) }).tap();
        await page.getByRole('button', { name: button(words.picker.add, FIRST) }).tap();
        await page.getByRole('button', { name: button(words.order.up, FIRST) }).tap();
        const query = `?steps=${FIRST.id},${LAST.id}`;
        await expect(page.locator('[data-lesson-link]')).toHaveText(presentUrl(page, query));
        const present = page.getByRole('link', { name: words.share.present });
        const box = await present.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
        await present.tap();
        await expect(page).toHaveURL(new RegExp(`${inEdition(edition, '/present/')}\\${query}$`));
        await expectActiveStep(page, FIRST.id);
        await expect(page.locator('.present-count')).toHaveText('1 / 2');
        await expect(page.locator(`#${FIRST.id}-title`)).toHaveText(title(FIRST));
      });
    });
  });
}

test('the language switch keeps the lesson being built, both ways', async ({ page }) => {
  await page.goto(`/lesson/${QUERY}`);
  await expect(page.locator('[data-lesson-link]')).toContainText(`/present/${QUERY}`);
  await page.getByRole('link', { name: 'Read this in Chinese' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/lesson/\\${QUERY}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const titles = page.locator('#lesson-order-heading ~ ol .lesson-item-title');
  await expect(titles).toHaveText(LESSON.map((step) => titleIn('zh', step.id)));
  await expect(page.locator('[data-lesson-link]')).toContainText(`/zh/present/${QUERY}`);
  await page.getByRole('link', { name: '阅读英文版' }).click();
  await expect(page).toHaveURL(new RegExp(`/lesson/\\${QUERY}$`));
  await expect(page).not.toHaveURL(/\/zh\//);
  await expect(titles).toHaveText(LESSON.map((step) => titleIn('en', step.id)));
});
