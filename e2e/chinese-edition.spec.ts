import { expect, test } from '@playwright/test';
import { loadTranslatedStory } from '../lib/content/load-translated-story';
import {
  expectActiveStep,
  expectSettledOn,
  stepAt,
  STEPS,
  watchForProblems,
  expectNoProblems,
} from './support/story';

/** The Chinese edition as the build sees it: same ids and scenes as STEPS, words in Chinese. */
const ZH = loadTranslatedStory('zh');

test.describe('the Chinese edition', () => {
  test('/zh/ tells the story in Chinese, marked zh-Hans, with every step in the HTML', async ({
    page,
  }) => {
    const problems = await watchForProblems(page);
    await page.goto('/zh/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('h1').first()).toHaveText(ZH.meta.title);
    await expect(page.locator('section[data-step-id]')).toHaveCount(STEPS.length);
    await expect(page.locator(`#${stepAt(4).id}-title`)).toHaveText(ZH.steps[4]?.title ?? '');
    await expectSettledOn(page, stepAt(0).scene);
    expectNoProblems(problems);
  });

  test('a deep link opens the same step, on the same map, as in English', async ({ page }) => {
    const step = stepAt(6);
    await page.goto(`/zh/#${step.id}`);
    await expectActiveStep(page, step.id);
    await expectSettledOn(page, step.scene);
    await expect(page.locator('.map-pane [aria-live="polite"]')).toHaveText(
      ZH.steps[6]?.mapDescription ?? '',
    );
  });

  test('the switch keeps the step both ways, by keyboard, between editions that name each other', async ({
    page,
  }) => {
    // Both editions name each other as hreflang alternates.
    const expectAlternates = async () => {
      await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(2);
      await expect(page.locator('link[hreflang="zh-Hans"]')).toHaveAttribute('href', /\/zh\/$/);
    };
    const step = stepAt(6);
    await page.goto(`/#${step.id}`);
    await expectActiveStep(page, step.id);
    await expectAlternates();
    const toChinese = page.getByRole('link', { name: 'Read this in Chinese' });
    await expect(toChinese).toBeVisible();
    await toChinese.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/zh/#${step.id}$`));
    await expectActiveStep(page, step.id);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expectAlternates();

    // The reader moves on a step in Chinese; the way back keeps the new one, even when taken
    // the moment the step is reached, before the address has been rewritten to name it.
    const next = stepAt(7);
    await page.keyboard.press('j');
    await page.evaluate((id) => {
      const story = document.querySelector('[data-active-step]');
      const link = document.querySelector<HTMLAnchorElement>('a.edition-switch');
      if (!story || !link) throw new Error('no story or no edition switch');
      return new Promise<void>((resolve) => {
        const follow = () => {
          if (story.getAttribute('data-active-step') !== id) return;
          observer.disconnect();
          link.click();
          resolve();
        };
        const observer = new MutationObserver(follow);
        observer.observe(story, { attributes: true, attributeFilter: ['data-active-step'] });
        follow();
      });
    }, next.id);
    await expect(page).toHaveURL(new RegExp(`/#${next.id}$`));
    await expect(page).not.toHaveURL(/\/zh\//);
    await expectActiveStep(page, next.id);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a Chinese share page previews its step in Chinese, opens /zh/ on it, and is what copy-link hands out', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const step = stepAt(4);
    const response = await page.request.get(`/zh/s/${step.id}/`);
    const html = await response.text();
    expect(html).toContain(ZH.steps[4]?.title ?? '');
    expect(html).toMatch(new RegExp(`property="og:url" content="https?://[^"]+/zh/s/${step.id}/"`));
    await page.goto(`/zh/s/${step.id}/`);
    await expect(page).toHaveURL(new RegExp(`/zh/#${step.id}$`));
    await expectActiveStep(page, step.id);
    const section = page.locator(`section#${step.id}`);
    await section.getByRole('button', { name: '复制本步链接' }).click();
    await expect(section.getByRole('status')).toHaveText('链接已复制。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/zh/s/${step.id}/`,
    );
  });
});

test.describe("the Chinese edition's map", () => {
  /** Latin a Chinese name keeps: 苹果iCloud, G60. */
  const KEPT = /iCloud|G60/g;

  test("the key's features list and a feature's card are in Chinese", async ({ page }) => {
    const step = STEPS.find((candidate) => candidate.id === 'guian');
    if (!step) throw new Error('the story has no guian step');
    const problems = await watchForProblems(page);
    await page.goto(`/zh/#${step.id}`);
    await expectSettledOn(page, step.scene);
    const key = page.locator('.map-legend');
    // Folded behind a button on a phone.
    const toggle = key.locator('.map-legend-toggle');
    if (await toggle.isVisible()) await toggle.click();
    await key.locator('.map-features summary').click();
    const names = await key.locator('.map-features li button').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of names) {
      expect(name).toMatch(/\p{Script=Han}/u);
      expect(name.replace(KEPT, ''), name).not.toMatch(/[A-Za-z]/);
    }
    expect(names).toEqual(expect.arrayContaining(['花溪区', '贵阳建成区', '腾讯七星数据中心']));
    await key.getByRole('button', { name: '腾讯七星数据中心' }).click();
    const card = page.locator('.feature-card');
    await expect(card.locator('h3')).toHaveText('腾讯七星数据中心');
    await expect(card).toHaveAttribute('aria-label', '详情：腾讯七星数据中心');
    await expect(card.locator('.feature-facts li').first()).toHaveText('腾讯');
    await expect(card.locator('.feature-sources')).toContainText('来源：');
    await expect(card.getByRole('button', { name: '关闭详情' })).toBeVisible();
    expect(problems.errors).toEqual([]);
  });

  test('its share cards and text view show the Chinese stills', async ({ page }) => {
    const step = stepAt(4);
    const html = await (await page.request.get(`/zh/s/${step.id}/`)).text();
    expect(html).toMatch(
      new RegExp(`property="og:image" content="https?://[^"]+/stills/zh/${step.id}\\.png"`),
    );
    const picture = await page.request.get(`/stills/zh/${step.id}.png`);
    expect(picture.status()).toBe(200);
    expect(picture.headers()['content-type']).toBe('image/png');
    await page.goto('/zh/text/');
    await expect(page.locator('.step-still img').first()).toHaveAttribute(
      'src',
      `/stills/zh/${stepAt(0).id}.png`,
    );
  });

  test('the Chinese still page shows the step in Chinese, with no language switch', async ({
    page,
  }) => {
    const step = stepAt(4);
    await page.goto(`/zh/still/#${step.id}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('.still-band-title')).toHaveText(ZH.steps[4]?.title ?? '');
    await expect(page.locator('.still-band-position')).toHaveText(`第5步，共${STEPS.length}步`);
    await expect(page.locator('[data-map-settled="true"]')).toBeAttached({ timeout: 60_000 });
    await expect(page.getByRole('link', { name: 'English' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '阅读英文版' })).toHaveCount(0);
  });
});
