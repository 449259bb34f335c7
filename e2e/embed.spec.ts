import { expect, test, type Page } from '@playwright/test';
import { STEPS, stepAt } from './support/story';

/** A school's page that embeds the story, served under a path of the test server. */
async function openParent(page: Page, src: string) {
  await page.route('**/school-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>School</title><body>
        <h1>Our lesson</h1>
        <iframe id="story" title="Guizhou story" src="${src}" width="800" height="600"></iframe>
        <script>
          window.received = [];
          addEventListener('message', (event) => window.received.push(event.data));
        </script></body></html>`,
    }),
  );
  await page.goto('/school-page.html');
  const frame = page.frameLocator('#story');
  return frame;
}

async function lastStepMessage(page: Page) {
  return page.evaluate(() => {
    const received = (window as unknown as { received: { type?: string; stepId?: string }[] })
      .received;
    return received.filter((m) => m?.type === 'guizhou-story:step').at(-1)?.stepId;
  });
}

test.describe('the story embedded in an iframe', () => {
  test('steps trigger inside the frame and the frame reports them to its parent', async ({
    page,
  }) => {
    const frame = await openParent(page, `/embed/#${stepAt(2).id}`);
    await expect(frame.locator('[data-active-step]')).toHaveAttribute(
      'data-active-step',
      stepAt(2).id,
    );
    await expect.poll(() => lastStepMessage(page)).toBe(stepAt(2).id);
    await frame
      .locator(`section#${stepAt(5).id}`)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(frame.locator('[data-active-step]')).toHaveAttribute(
      'data-active-step',
      stepAt(5).id,
    );
    await expect.poll(() => lastStepMessage(page)).toBe(stepAt(5).id);
    await expect(frame.locator('[data-map-settled]')).toHaveAttribute('data-map-settled', 'true', {
      timeout: 60_000,
    });
  });

  test('the parent can send the frame to a step; malformed messages are ignored', async ({
    page,
  }) => {
    const frame = await openParent(page, '/embed/');
    await expect(frame.locator('[data-active-step]')).toHaveAttribute(
      'data-active-step',
      stepAt(0).id,
    );
    const send = (message: unknown) =>
      page.evaluate((data) => {
        const iframe = document.querySelector<HTMLIFrameElement>('#story');
        iframe?.contentWindow?.postMessage(data, '*');
      }, message);
    for (const junk of [
      'guizhou-story:go',
      { type: 'guizhou-story:go', stepId: 'atlantis' },
      { type: 'guizhou-story:go', stepId: stepAt(3).id, extra: '<script>alert(1)</script>' },
      { type: 'something-else', stepId: stepAt(3).id },
      null,
      [1, 2, 3],
    ]) {
      await send(junk);
    }
    const target = STEPS[STEPS.length - 2] ?? stepAt(1);
    await send({ type: 'guizhou-story:go', stepId: target.id });
    await expect(frame.locator('[data-active-step]')).toHaveAttribute(
      'data-active-step',
      target.id,
    );
    await expect.poll(() => lastStepMessage(page)).toBe(target.id);
  });

  test('another site may frame the embed, and no other page', async ({ request }) => {
    // Only a header can refuse frames (a meta tag cannot say frame-ancestors): as served.
    for (const path of ['/', '/present/', '/present/presenter/', '/text/', `/s/${stepAt(2).id}/`]) {
      const headers = (await request.get(path)).headers();
      expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
      expect(headers['content-security-policy'], path).toBe("frame-ancestors 'self'");
    }
    const embed = (await request.get('/embed/')).headers();
    expect(embed['x-frame-options']).toBeUndefined();
    expect(embed['content-security-policy']).toBeUndefined();
  });
});
