import { expect, test } from '@playwright/test';
import { at } from './support/edition';
import { STEPS } from './support/story';

test.describe('printing the story', () => {
  for (const path of ['/', '/text/']) {
    test(`${path} prints as a handout: one block per step with its map and sources, no chrome`, async ({
      page,
    }) => {
      await page.goto(at(path));
      await page.emulateMedia({ media: 'print' });
      const blocks = page.locator(path === '/' ? 'section[data-step-id]' : 'article.text-step');
      await expect(blocks).toHaveCount(STEPS.length);
      for (const [index, step] of STEPS.entries()) {
        const block = blocks.nth(index);
        await expect(block).toBeVisible();
        await expect(block.locator('.step-still img')).toBeVisible();
        await expect(block.locator('.plain-sources li').first()).toBeVisible();
        expect(await block.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
        expect(await block.getAttribute('id')).toBe(step.id);
      }
      for (const chrome of ['.map-pane', '.step-index-toggle', '.step-progress', '.copy-link']) {
        const hidden = await page
          .locator(chrome)
          .evaluateAll((elements) =>
            elements.every((el) => getComputedStyle(el).display === 'none'),
          );
        expect(hidden, `${chrome} is not printed`).toBe(true);
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    });
  }
});
