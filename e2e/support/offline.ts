import { expect, type Page } from '@playwright/test';

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
