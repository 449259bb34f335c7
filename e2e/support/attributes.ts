import { expect, type Page } from '@playwright/test';

/**
 * How often the waits below look. Playwright's own assertions look every half second after
 * their first quarter second (`expect.poll`, every second after two); a map settles a second
 * or more after a step change on a software GPU, so each of a suite's hundreds of waits for it
 * ended up to half a second late.
 */
const LOOK_EVERY_MS = 50;

/** For `expect.poll` on what the map does: as often as `expectAttributes`, for up to 30 s. */
export const LOOK_OFTEN = { intervals: [LOOK_EVERY_MS], timeout: 30_000 };

/** A navigation is under way: the next look reads the new document. */
const BETWEEN_DOCUMENTS = /execution context was destroyed|cannot find context|navigat/i;

/**
 * The named attributes of the first element matching `selector`, as the page has them now:
 * null while no element matches, or while the page is between two documents.
 */
async function readAttributes(
  page: Page,
  selector: string,
  names: readonly string[],
): Promise<Record<string, string | null> | null> {
  try {
    return await page.evaluate(
      ({ selector: target, names: wanted }) => {
        const element = document.querySelector(target);
        return element
          ? Object.fromEntries(wanted.map((name) => [name, element.getAttribute(name)]))
          : null;
      },
      { selector, names },
    );
  } catch (error) {
    if (BETWEEN_DOCUMENTS.test(String(error))) return null;
    throw error;
  }
}

/**
 * Waits until the first element matching `selector` has all of `wanted` at once; if it never
 * does, fails showing what it had instead.
 */
export async function expectAttributes(
  page: Page,
  selector: string,
  wanted: Readonly<Record<string, string>>,
  timeout: number,
): Promise<void> {
  const names = Object.keys(wanted);
  await expect
    .poll(() => readAttributes(page, selector, names), {
      ...LOOK_OFTEN,
      message: `${selector} has ${JSON.stringify(wanted)}`,
      timeout,
    })
    .toEqual(wanted);
}
