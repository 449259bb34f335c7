import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { expectActiveStep, expectSettledOn, stepAt } from './support/story';
import { at, editionUnderTest, storyUnderTest, wordsUnderTest } from './support/edition';
import { stillFile } from '../lib/stills/still-sizes';

const step = stepAt(4);
const meta = (name: string) => `meta[property="${name}"], meta[name="${name}"]`;

test.describe('sharing one step', () => {
  test('a share page previews its step and opens the story on it', async ({ browser, baseURL }) => {
    // Read the tags as a chat or learning platform would: without running the page.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const crawler = await context.newPage();
    const response = await crawler.request.get(at(`/s/${step.id}/`));
    expect(response.status()).toBe(200);
    await crawler.setContent(await response.text());
    const content = (name: string) => crawler.locator(meta(name)).first().getAttribute('content');
    const title = storyUnderTest().steps[4]?.title ?? '';
    expect(await content('og:title')).toContain(title);
    expect(await content('twitter:card')).toBe('summary_large_image');
    expect(await content('og:description')).toBeTruthy();
    expect(await content('og:url')).toMatch(new RegExp(`^https?://[^/]+${at(`/s/${step.id}/`)}$`));
    const image = await content('og:image');
    const still = stillFile(step.id, 'landscape', editionUnderTest());
    expect(image).toMatch(/^https?:\/\//);
    expect(new URL(image ?? '').pathname).toBe(`/${still}`);
    expect(await content('twitter:image')).toBe(image);
    await context.close();

    // The preview picture is there, at the size previews use.
    const png = await (await browser.newContext()).request.get(`${baseURL}/${still}`);
    expect(png.headers()['content-type']).toContain('image/png');
    const decoded = PNG.sync.read(await png.body());
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
  });

  test('opening a share link lands on its step, whose copy-link puts its share URL on the clipboard', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(at(`/s/${step.id}/`));
    await expect(page).toHaveURL(new RegExp(`/#${step.id}$`));
    await expectActiveStep(page, step.id);
    await expectSettledOn(page, step.scene);
    // Copy-link says so, and hands out the share page the reader came in by.
    const section = page.locator(`section#${step.id}`);
    await section.getByRole('button', { name: wordsUnderTest().copyLink }).click();
    await expect(section.getByRole('status')).toHaveText(wordsUnderTest().linkCopied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${at(`/s/${step.id}/`)}`);
  });

  test('without the Clipboard API, the link is shown selected to copy by hand', async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await page.goto(at(`/#${step.id}`));
    const section = page.locator(`section#${step.id}`);
    await section.getByRole('button', { name: wordsUnderTest().copyLink }).click();
    const field = section.getByLabel(wordsUnderTest().copyThisLink);
    await expect(field).toHaveValue(`${baseURL}${at(`/s/${step.id}/`)}`);
    await expect(field).toBeFocused();
  });
});
