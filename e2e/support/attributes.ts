import { expect, type Page } from '@playwright/test';

/**
 * How often `expectAttributes` looks. Playwright's own assertions look less and less often, and
 * every half second once a wait runs past a second; a map settles after a second or more on a
 * software GPU, so each of a suite's hundreds of waits for it would end up to half a second late.
 */
const LOOK_EVERY_MS = 50;

/** For `expect.poll` on what the map does: as often as `expectAttributes`, for up to 30 s. */
export const LOOK_OFTEN = { intervals: [LOOK_EVERY_MS], timeout: 30_000 };

/**
 * Waits until the first element matching `selector` has all of `wanted` at once. If it never
 * does, fails with Playwright's own message for the first attribute that is still wrong.
 */
export async function expectAttributes(
  page: Page,
  selector: string,
  wanted: Readonly<Record<string, string>>,
  timeout: number,
): Promise<void> {
  try {
    await page.waitForFunction(
      ({ selector: target, wanted: values }) => {
        const element = document.querySelector(target);
        return (
          element !== null &&
          Object.entries(values).every(([name, value]) => element.getAttribute(name) === value)
        );
      },
      { selector, wanted },
      { polling: LOOK_EVERY_MS, timeout },
    );
  } catch {
    // Name what the page shows instead (or, if it got there just now, pass).
    const element = page.locator(selector).first();
    for (const [name, value] of Object.entries(wanted)) {
      await expect(
        element,
        `${selector} never had ${JSON.stringify(wanted)} at once in ${timeout / 1000} s`,
      ).toHaveAttribute(name, value, { timeout: 1_000 });
    }
  }
}
