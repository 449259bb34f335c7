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
