import { expect, type Locator, type Page } from '@playwright/test';

/** Every response in the page's Cache Storage, summed as stored (unpacked bytes). */
export async function cacheStorage(page: Page): Promise<{ bytes: number; urls: string[] }> {
  return page.evaluate(async () => {
    let bytes = 0;
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        if (!response) continue;
        bytes += (await response.blob()).size;
        urls.push(new URL(request.url).pathname);
      }
    }
    return { bytes, urls };
  });
}

/** Until the worker controls the page and the page has kept its own files. */
export async function expectPageKept(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 30_000,
    })
    .toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-offline-page', 'kept', {
    timeout: 30_000,
  });
}

/** Opens `path` and waits until the page is one the worker serves offline. */
export async function openKept(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectPageKept(page);
}

/**
 * Presses the save control's button named `button` and waits until it says all is saved:
 * the whole offline list, several megabytes, so up to a minute on a loaded machine.
 */
export async function saveForOffline(control: Locator, button: RegExp): Promise<void> {
  await control.getByRole('button', { name: button }).click();
  await expect(control).toHaveAttribute('data-offline-state', 'saved', { timeout: 60_000 });
  await expect(control.getByRole('status')).toHaveText(/Saved for offline use/);
}
