import type { Page } from '@playwright/test';

/**
 * What the bench reads inside the page. Times are the page's own `performance.now()`:
 * milliseconds since the navigation started.
 */

interface SettleRecord {
  readonly scene: string;
  readonly at: number;
}

declare global {
  interface Window {
    __benchSettled?: SettleRecord[];
  }
}

/**
 * From the next navigation on, notes when the map pane says it has settled on a scene
 * (`data-map-settled="true"` with `data-map-scene`), in order.
 */
export async function recordSettles(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const settled: { scene: string; at: number }[] = [];
    window.__benchSettled = settled;
    let state = '';
    new MutationObserver(() => {
      const pane = document.querySelector('[data-map-scene]');
      const scene = pane?.getAttribute('data-map-scene') ?? '';
      const now = `${scene} ${pane?.getAttribute('data-map-settled') ?? ''}`;
      if (now === state) return;
      state = now;
      if (now.endsWith(' true')) settled.push({ scene, at: performance.now() });
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-map-settled', 'data-map-scene'],
    });
  });
}

/** Waits until the map has settled on `scene` (after `since`); returns when it did. */
export async function settledAt(
  page: Page,
  scene: string,
  options: { since?: number; timeout?: number } = {},
): Promise<number> {
  const since = options.since ?? 0;
  const handle = await page.waitForFunction(
    ([wanted, after]) =>
      window.__benchSettled?.find((record) => record.scene === wanted && record.at >= after)?.at,
    [scene, since] as const,
    { polling: 200, timeout: options.timeout ?? 180_000 },
  );
  return Number(await handle.jsonValue());
}

/** The page's clock now, on the same scale as `settledAt`. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export interface PaintTimings {
  readonly fcp: number | null;
  readonly lcp: number | null;
  /** The largest contentful paint's element, e.g. `p.dek`, to say what it was. */
  readonly lcpElement: string | null;
}

/** First and largest contentful paint, from the buffered performance entries. */
export async function readPaints(page: Page): Promise<PaintTimings> {
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length,
    undefined,
    {
      polling: 100,
      timeout: 120_000,
    },
  );
  return page.evaluate(
    () =>
      new Promise<PaintTimings>((resolve) => {
        const largest: PerformanceEntry[] = [];
        const observer = new PerformanceObserver((list) => largest.push(...list.getEntries()));
        observer.observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          largest.push(...observer.takeRecords());
          observer.disconnect();
          const last = largest.at(-1) as
            (PerformanceEntry & { element?: Element | null }) | undefined;
          const element = last?.element;
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          resolve({
            fcp: fcp ? fcp.startTime : null,
            lcp: last ? last.startTime : null,
            lcpElement: element
              ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().split(/\s+/).join('.')}` : ''}`
              : null,
          });
        }, 100);
      }),
  );
}

/**
 * Waits until the map has prepared later scenes' shaders (`data-warm-up="done"` on its
 * element, see `useWarmUp`); returns when it had, on the page's clock.
 */
export async function preparedAt(page: Page, timeout = 180_000): Promise<number> {
  await page.waitForFunction(() => document.querySelector('[data-warm-up="done"]') !== null, null, {
    polling: 200,
    timeout,
  });
  return pageNow(page);
}
