import type { Page } from '@playwright/test';

/**
 * The WebGL calls that make the page wait until the GPU has finished all it was given: a
 * framebuffer's completeness check, and the linking of a shader program (MapLibre and deck.gl
 * ask at once whether it worked). A scene change that makes one stalls mid-scroll.
 */
const GPU_WAITS = ['checkFramebufferStatus', 'linkProgram'] as const;
export type GpuWait = (typeof GPU_WAITS)[number];

/** From the next page load on, counts the page's calls that wait for the GPU (`gpuWaits`). */
export async function countGpuWaits(page: Page): Promise<void> {
  await page.addInitScript((names) => {
    const counted: Record<string, number> = {};
    Object.assign(window, { gpuWaits: counted });
    for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const prototype = context.prototype as unknown as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      for (const name of names) {
        const original = prototype[name];
        if (!original) continue;
        counted[name] = 0;
        prototype[name] = function counting(this: unknown, ...args: unknown[]) {
          counted[name] = (counted[name] ?? 0) + 1;
          return original.apply(this, args);
        };
      }
    }
  }, GPU_WAITS);
}

export function gpuWaits(page: Page): Promise<Record<GpuWait, number>> {
  return page.evaluate(() => (window as unknown as { gpuWaits: Record<GpuWait, number> }).gpuWaits);
}
