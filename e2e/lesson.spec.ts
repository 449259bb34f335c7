import { expect, test, type Page } from '@playwright/test';
import { SITE_ORIGIN } from '../lib/share/share-url';
import { decodeQr } from './support/qr';
import {
  STORY,
  expectActiveStep,
  expectSettledOn,
  recordSettledScenes,
  settledScenes,
  watchForProblems,
  expectNoProblems,
} from './support/story';

/** The issue's own example lesson, out of the story's order. */
const LESSON = ['guian', 'plateau', 'hydro'].map((id) => {
  const step = STORY.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`the story has no step ${id}`);
  return step;
});
const [FIRST, SECOND, LAST] = LESSON as [
  (typeof LESSON)[0],
  (typeof LESSON)[0],
  (typeof LESSON)[0],
];
const QUERY = `?steps=${LESSON.map((step) => step.id).join(',')}`;
const ALL_IDS = STORY.steps.map((step) => step.id);

const origin = (page: Page) => SITE_ORIGIN ?? new URL(page.url()).origin;

async function pressAndLand(page: Page, key: string, step: { id: string; scene: string }) {
  await page.keyboard.press(key);
  await expectActiveStep(page, step.id);
  await expectSettledOn(page, step.scene);
}

/** The ids of the handout's steps, in order. */
const handoutIds = (page: Page) =>
  page.locator('article.text-step').evaluateAll((articles) => articles.map((a) => a.id));

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

  test('the QR code opens the same step inside the same lesson', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/present/${QUERY}#${SECOND.id}`);
    await expectSettledOn(page, SECOND.scene);
    await page.keyboard.press('q');
    const url = `${origin(page)}/present/${QUERY}#${SECOND.id}`;
    await expect(page.locator('.qr-url')).toHaveText(url);
    expect(await decodeQr(page, '.qr-code')).toBe(url);
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

/** Marks any script a bad link might smuggle in, and any dialog it might open. */
async function watchForInjection(page: Page): Promise<string[]> {
  const injected: string[] = [];
  page.on('dialog', (dialog) => {
    injected.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.exposeFunction('reportInjection', (what: string) => injected.push(what));
  return injected;
}

const SCRIPT = '<script>reportInjection("script")</script>';
const IMAGE = '"><img src=x onerror=reportInjection("img")>';
const MANY = Array.from({ length: 500 }, (_, index) => ALL_IDS[index % ALL_IDS.length]).join(',');
const MANY_UNKNOWN = Array.from({ length: 500 }, (_, index) => `no-step-${index}`).join(',');

const BAD_LINKS: {
  readonly name: string;
  readonly steps: string;
  readonly shows: readonly string[];
  readonly says: RegExp;
}[] = [
  {
    name: 'unknown ids',
    steps: `mars,${FIRST.id},venus`,
    shows: [FIRST.id],
    says: /“mars” and “venus” are not steps of this story/,
  },
  {
    name: 'duplicates',
    steps: `${SECOND.id},${FIRST.id},${SECOND.id},${SECOND.id}`,
    shows: [SECOND.id, FIRST.id],
    says: /2 repeated steps are shown once each/,
  },
  { name: 'an empty list', steps: '', shows: ALL_IDS, says: /names no steps.*whole story/ },
  { name: 'only commas', steps: ',,,', shows: ALL_IDS, says: /names no steps/ },
  { name: '500 ids', steps: MANY, shows: ALL_IDS, says: /repeated steps are shown once each/ },
  {
    name: '500 unknown ids',
    steps: MANY_UNKNOWN,
    shows: ALL_IDS,
    says: /None of the steps.*whole story.*among them “no-step-0”.*too long/s,
  },
  {
    name: 'a script fragment',
    steps: `${SCRIPT},${LAST.id}`,
    shows: [LAST.id],
    says: /not (a )?step names? at all/,
  },
  {
    name: 'an attribute breakout',
    steps: `${FIRST.id},${IMAGE}`,
    shows: [FIRST.id],
    says: /not (a )?step names? at all/,
  },
  { name: 'only markup', steps: SCRIPT, shows: ALL_IDS, says: /None of the steps.*whole story/s },
];

test.describe('bad lesson links never fail', () => {
  for (const link of BAD_LINKS) {
    test(`the handout, given ${link.name}, says so and shows what it can`, async ({ page }) => {
      const problems = await watchForProblems(page);
      const injected = await watchForInjection(page);
      await page.goto(`/text/?steps=${encodeURIComponent(link.steps)}`);
      const note = page.locator('.lesson-note');
      await expect(note).toBeVisible();
      await expect(note).toHaveText(link.says);
      await expect.poll(() => handoutIds(page)).toEqual(link.shows);
      // The note is words and its own button only: no element from the link reached the page.
      expect(await note.locator('*:not(p):not(button)').count()).toBe(0);
      await expect(page.locator('script', { hasText: 'reportInjection' })).toHaveCount(0);
      expect(await note.textContent()).not.toMatch(/<|script|onerror/);
      expect(injected).toEqual([]);
      expect(problems.errors).toEqual([]);
    });
  }

  test('the presentation, given junk and a repeat, presents the rest and says so', async ({
    page,
  }) => {
    const injected = await watchForInjection(page);
    const problems = await watchForProblems(page);
    const steps = `${SCRIPT},${SECOND.id},mars,${SECOND.id},${LAST.id}`;
    await page.goto(`/present/?steps=${encodeURIComponent(steps)}`);
    await expectActiveStep(page, SECOND.id);
    await expect(page.locator('.present-count')).toHaveText('1 / 2');
    const note = page.locator('.lesson-note');
    await expect(note).toContainText('“mars” is not a step of this story.');
    await expect(note).toContainText('One entry was not a step name at all');
    await expect(note).toContainText('One step was listed twice');
    await page.keyboard.press('End');
    await expectActiveStep(page, LAST.id);
    // The presenter can take the note off the projector.
    await page.getByRole('button', { name: 'Hide this note' }).click();
    await expect(note).toHaveCount(0);
    await expect(page.locator('.present-count')).toHaveText('2 / 2');
    expect(injected).toEqual([]);
    expect(problems.errors).toEqual([]);
  });

  test('the presentation, given nothing usable, presents the whole story', async ({ page }) => {
    await page.goto('/present/?steps=mars,venus');
    await expectActiveStep(page, ALL_IDS[0] ?? '');
    await expect(page.locator('.present-count')).toHaveText(`1 / ${ALL_IDS.length}`);
    await expect(page.locator('.lesson-note')).toContainText('so here is the whole story');
  });
});

test.describe('the lesson builder', () => {
  test('a keyboard builds and orders a lesson, hearing each edit', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto('/lesson/');
    const announcement = page.locator('[data-lesson-announcement]');
    const lessonItems = page.locator('#lesson-order-heading ~ ol .lesson-item');

    // Add the lesson's steps in the story's order, by keyboard: plateau, hydro, then guian.
    const inStoryOrder = [...LESSON].sort((a, b) => a.index - b.index);
    for (const step of inStoryOrder) {
      const add = page.getByRole('button', { name: `Add “${step.title}”` });
      await add.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: `Remove “${step.title}”` })).toHaveCount(2);
    }
    await expect(announcement).toHaveText(
      `${inStoryOrder.at(-1)?.title} added to the lesson, step 3 of 3.`,
    );
    // Guian, added last, moves to the top: the lesson's order.
    const guianUp = page.getByRole('button', { name: `Move up “${FIRST.title}”` });
    await guianUp.focus();
    await page.keyboard.press('Enter');
    await expect(announcement).toHaveText(`${FIRST.title} moved to step 2 of 3.`);
    await expect(guianUp).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(announcement).toHaveText(`${FIRST.title} moved to step 1 of 3.`);
    // At the top, its Move up button is disabled and focus moved to Move down.
    await expect(guianUp).toBeDisabled();
    await expect(page.getByRole('button', { name: `Move down “${FIRST.title}”` })).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(announcement).toHaveText(`${FIRST.title} is already the first step.`);

    await expect(lessonItems.locator('.lesson-item-title')).toHaveText(
      LESSON.map((step) => step.title ?? ''),
    );
    const link = page.locator('[data-lesson-link]');
    await expect(link).toHaveText(`${origin(page)}/present/${QUERY}`);
    expect(await decodeQr(page, '.lesson-qr')).toBe(`${origin(page)}/present/${QUERY}`);
    await expect(page).toHaveURL(new RegExp(`/lesson/\\${QUERY}$`));

    await page.getByRole('link', { name: 'Open the handout' }).click();
    await expect(page).toHaveURL(new RegExp(`/text/\\${QUERY}$`));
    await expect.poll(() => handoutIds(page)).toEqual(LESSON.map((step) => step.id));
    expect(problems.errors).toEqual([]);
  });

  test('removing a step keeps focus in the lesson', async ({ page }) => {
    await page.goto(`/lesson/${QUERY}`);
    await page
      .getByRole('button', { name: `Remove “${SECOND.title}”` })
      .last()
      .click();
    await expect(page.locator('[data-lesson-announcement]')).toHaveText(
      `${SECOND.title} removed. The lesson has 2 steps.`,
    );
    await expect(page.getByRole('button', { name: `Remove “${LAST.title}”` }).last()).toBeFocused();
    await expect(page.locator('[data-lesson-link]')).toHaveText(
      `${origin(page)}/present/?steps=${FIRST.id},${LAST.id}`,
    );
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('a finger builds a lesson and presents it', async ({ page }) => {
      await page.goto('/lesson/');
      await page.getByRole('button', { name: `Add “${LAST.title}”` }).tap();
      await page.getByRole('button', { name: `Add “${FIRST.title}”` }).tap();
      await page.getByRole('button', { name: `Move up “${FIRST.title}”` }).tap();
      const query = `?steps=${FIRST.id},${LAST.id}`;
      await expect(page.locator('[data-lesson-link]')).toHaveText(
        `${origin(page)}/present/${query}`,
      );
      const present = page.getByRole('link', { name: 'Present the lesson' });
      const box = await present.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await present.tap();
      await expect(page).toHaveURL(new RegExp(`/present/\\${query}$`));
      await expectActiveStep(page, FIRST.id);
      await expect(page.locator('.present-count')).toHaveText('1 / 2');
    });
  });
});
