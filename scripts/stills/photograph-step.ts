import type { Page } from '@playwright/test';

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
