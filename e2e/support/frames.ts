import type { Page } from '@playwright/test';

/** Waits until the page has drawn two more frames: whatever it was given last is on screen. */
export async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}
