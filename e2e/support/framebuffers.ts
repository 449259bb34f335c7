import type { Page } from '@playwright/test';

/**
 * From the next page load on, counts the page's WebGL framebuffer completeness checks: each one
 * makes the page wait until the GPU has finished all it was given, so a scene change that makes
 * one stalls mid-scroll. Read the count with `framebufferChecks`.
 */
export async function countFramebufferChecks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = { checks: 0 };
    Object.assign(window, { framebufferChecks: counted });
    for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const check = context.prototype.checkFramebufferStatus;
      context.prototype.checkFramebufferStatus = function checkFramebufferStatus(target) {
        counted.checks += 1;
        return check.call(this, target);
      };
    }
  });
}

export function framebufferChecks(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { framebufferChecks: { checks: number } }).framebufferChecks.checks,
  );
}
