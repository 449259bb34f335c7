import { expect, test } from '@playwright/test';
import { stillPixels } from '../lib/stills/still-sizes';
import { FIRST_VISIT_CACHE_BYTES } from '../scripts/budgets/offline-budget';
import { cacheStorage, openKept, saveForOffline } from './support/offline';
import { STEPS, expectActiveStep, expectSettledOn, stillSizeFor } from './support/story';

const target = STEPS.find((step) => step.scene === 'plateau') ?? STEPS[STEPS.length - 1];

test('a first visit keeps only what the page itself loaded, at most 1.5 MB', async ({
  page,
  request,
}) => {
  await openKept(page, '/');
  const { bytes, urls } = await cacheStorage(page);
  // The figure for the report (`--reporter=json` lists annotations); the limit is the test.
  test.info().annotations.push({
    type: 'first-visit cache',
    description: `${bytes} B in ${urls.length} files`,
  });
  expect(bytes).toBeLessThanOrEqual(FIRST_VISIT_CACHE_BYTES);
  // The page and its own files, not the map's data (or stills) it was not asked to keep.
  expect(urls).toContain('/');
  expect(urls.filter((url) => url.startsWith('/data/') || url.startsWith('/stills/'))).toEqual([]);
  // The offer to save the rest says how much that is: the whole list less what is kept.
  await page.getByRole('button', { name: /Steps: step/ }).click();
  const offer = page.getByRole('button', { name: /^Save for offline use \(\d+\.\d MB\)$/ });
  const stated = Number(/\((\d+\.\d) MB\)/.exec((await offer.textContent()) ?? '')?.[1]);
  const list = (await (await request.get('/offline-files.json')).json()) as { bytes: number };
  expect(stated).toBeGreaterThan(0);
  expect(stated).toBeLessThan(list.bytes / 1_000_000 - 0.5);
});

test('each edition saves its own pages, stills and fonts, and the files both share', async ({
  request,
}) => {
  const listOf = async (url: string) =>
    (await (await request.get(url)).json()) as { bytes: number; files: { url: string }[] };
  const en = await listOf('/offline-files.json');
  const zh = await listOf('/zh/offline-files.json');
  test.info().annotations.push({
    type: 'offline lists',
    description: `en ${en.bytes} B, zh ${zh.bytes} B`,
  });
  const urls = (list: typeof en) => list.files.map((file) => file.url);
  expect(urls(en)).toEqual(expect.arrayContaining(['', 'present/', 'stills/coal.png']));
  expect(urls(en).filter((url) => url.startsWith('zh/') || url.includes('/zh/'))).toEqual([]);
  expect(urls(zh)).toEqual(expect.arrayContaining(['zh/', 'zh/present/', 'stills/zh/coal.png']));
  expect(urls(zh).filter((url) => url === '' || url === 'stills/coal.png')).toEqual([]);
  // The map's code and data are in both.
  const shared = urls(en).filter((url) => url.startsWith('data/') || url.startsWith('_next/'));
  expect(shared.length).toBeGreaterThan(10);
  expect(urls(zh)).toEqual(expect.arrayContaining(shared));
});

test('saving says why it failed, keeps what it saved, and finishes when tried again', async ({
  page,
  context,
}) => {
  await openKept(page, '/');
  await page.getByRole('button', { name: /Steps: step/ }).click();
  const control = page.locator('.step-index-panel .save-offline');
  await expect(control).toHaveAttribute('data-offline-state', 'ready');
  await context.setOffline(true);
  await control.getByRole('button', { name: /Save for offline use/ }).click();
  await expect(control).toHaveAttribute('data-offline-state', 'failed');
  await expect(control.getByRole('status')).toHaveText(/the network is not reachable/);
  await context.setOffline(false);
  await saveForOffline(control, /Try again \(\d+\.\d MB left\)/);
});

test('after saving on /present/, the story, presentation, lessons and share pages work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  if (!target) throw new Error('no steps');
  await openKept(page, '/present/');
  const control = page.locator('.save-offline[data-variant="prominent"]');
  const before = await cacheStorage(page);
  await saveForOffline(control, /Save for offline use/);
  const after = await cacheStorage(page);
  test.info().annotations.push({
    type: 'cache after saving',
    description: `${before.bytes} B before, ${after.bytes} B in ${after.urls.length} files after`,
  });
  expect(after.urls).toContain(`/s/${target.id}/`);

  await context.setOffline(true);
  await page.goto(`/#${target.id}`);
  await expectActiveStep(page, target.id);
  await expectSettledOn(page, target.scene);
  await expect(page.locator('[data-map-mode]')).toHaveAttribute('data-map-mode', 'live');

  // The other views too: the text version with its stills, and presentation mode.
  await page.goto('/text/');
  await expect(page.locator('h1')).toBeVisible();
  const still = page.locator(`#${target.id} img`);
  await still.scrollIntoViewIfNeeded();
  await expect
    .poll(() => still.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(stillPixels(stillSizeFor(page)).width);
  await page.goto(`/present/#${target.id}`);
  await expectSettledOn(page, target.scene);
  // A lesson's link is the same page with a query: its stored copy answers it.
  await page.goto(`/present/?steps=guian,${target.id}#${target.id}`);
  await expect(page.locator('.present-panel')).toBeVisible();

  // Typed without the trailing slash, as a teacher might: the page, not the browser's error.
  await page.goto('/present');
  await expect(page.locator('.present-panel')).toBeVisible();
  await page.goto(`/s/${target.id}`);
  await expectActiveStep(page, target.id);
  // A page that does not exist: the 404 page, which leads back to the story.
  await page.goto('/no-such-page/');
  await expect(
    page.getByRole('heading', { name: 'This page is not part of the story' }),
  ).toBeVisible();
  await context.setOffline(false);
});
