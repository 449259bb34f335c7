import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 AA rules on the page, or only on the given parts of it: no violations. */
export async function expectNoViolations(
  page: Page,
  where: string,
  only?: string[],
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  for (const selector of only ?? []) builder = builder.include(selector);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.help}`);
  expect(summary).toEqual([]);
}

/**
 * A page opened at `path`, checked as it stands once it runs: a lesson link (`?steps=`) is read
 * only then, so the check waits for what the link brings, the lesson's list or the note.
 */
export async function expectNoViolationsAt(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (path.includes('?steps=')) {
    await expect(page.locator('.lesson-note, #lesson-order-heading ~ ol').first()).toBeVisible();
  }
  await expectNoViolations(page, path);
}

/**
 * The article's step on show, checked as it is shown: its text, and the map pane with its
 * legend and notices.
 */
export async function expectNoViolationsOnStep(page: Page, stepId: string): Promise<void> {
  await expect(page.locator('.map-legend')).toBeAttached();
  await expectNoViolations(page, stepId, [`#${stepId}`, '.map-pane', '.step-index']);
}
