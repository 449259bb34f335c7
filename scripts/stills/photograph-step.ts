import type { Page } from '@playwright/test';
import { afterTwoFrames } from '../../e2e/support/frames';

/**
 * Shows a step on an open still page and waits until it is ready to be photographed: the page
 * names the step, the map says it has settled on the step's scene (the attribute the story's
 * own tests wait on), the key lists the scene's legend and every font has loaded. Never a
 * fixed wait: software GL takes what it takes.
 */
export async function showStep(
  page: Page,
  step: { readonly id: string; readonly scene: string },
  legendEntries: number,
): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = id;
  }, step.id);
  await page.waitForSelector(`[data-still-step="${step.id}"]`);
  await page.waitForSelector(`[data-map-scene="${step.scene}"][data-map-settled="true"]`, {
    timeout: 120_000,
  });
  await page.waitForFunction(
    (count) => document.querySelectorAll('.map-legend-body > ul > li').length === count,
    legendEntries,
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames: the key's last render and the map's last draw are on screen.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * A photograph of the page once two in a row, a frame or more apart, are the same: the map
 * says it has settled when its camera rests and its data is applied, and on a busy machine a
 * layer's last draw (deck.gl's icons and text, made in idle time) can come a few frames later.
 */
export async function stablePhotograph(page: Page): Promise<Buffer> {
  let previous = await page.screenshot({ type: 'png' });
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await afterTwoFrames(page);
    const next = await page.screenshot({ type: 'png' });
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new Error('the still page kept changing: twenty photographs in a row differed');
}
