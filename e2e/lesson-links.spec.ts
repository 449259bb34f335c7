import { expect, test, type Page } from '@playwright/test';
import { LESSON_NOTE_TEXT } from '../lib/i18n/lesson-note-text';
import { ALL_IDS, FIRST, LAST, SECOND, handoutIds } from './support/lesson';
import { expectActiveStep, watchForProblems } from './support/story';

/** Lesson links as they arrive from chats and slides: mistyped, repeated, cut off or hostile. */

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
  test('the handout, given each bad link, says so and shows what it can', async ({ page }) => {
    // Nine page loads, each one page of text: the default timeout is made for one.
    test.setTimeout(180_000);
    const problems = await watchForProblems(page);
    const injected = await watchForInjection(page);
    for (const link of BAD_LINKS) {
      await test.step(link.name, async () => {
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
  });

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

  test('the Chinese handout says what it left out in Chinese, and hides the note', async ({
    page,
  }) => {
    await page.goto(`/zh/text/?steps=mars,${FIRST.id},${FIRST.id}`);
    const note = page.locator('.lesson-note');
    await expect(note.locator('p')).toHaveText([
      LESSON_NOTE_TEXT.zh.partial,
      LESSON_NOTE_TEXT.zh.unknown('“mars”', 1, 1),
      LESSON_NOTE_TEXT.zh.repeated(1),
    ]);
    await expect.poll(() => handoutIds(page)).toEqual([FIRST.id]);
    await note.getByRole('button', { name: LESSON_NOTE_TEXT.zh.hide }).click();
    await expect(note).toHaveCount(0);
  });
});
