import { expect, test } from '@playwright/test';
import { DATASETS } from '../lib/map/datasets';
import { datasetsFor, legendFor } from '../lib/map/scene-needs';
import { sceneFor } from '../lib/story/scene-for';
import { STORY_LAYERS } from '../lib/map/layers';
import { LOOK_OFTEN } from './support/attributes';
import { expectSceneDrawn } from './support/expect-drawn';
import { countGpuWaits, gpuWaits } from './support/gpu-waits';
import {
  STEPS,
  expectActiveStep,
  expectSettledOn,
  expectWarmedUp,
  watchForProblems,
  expectNoProblems,
  expectClear,
} from './support/story';

/** One step for each scene the story uses. */
const ONE_PER_SCENE = [...new Map(STEPS.map((step) => [step.scene, step])).values()];

test('every scene settles with its layers drawn from their data', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = await watchForProblems(page);
  const dataRequests = new Set<string>();
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/data/')) dataRequests.add(url.pathname.slice('/data/'.length));
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  for (const step of ONE_PER_SCENE) {
    await page.evaluate((id) => {
      window.location.hash = id;
    }, step.id);
    await expectActiveStep(page, step.id);
    await expectSettledOn(page, step.scene);
    const scene = sceneFor(step);
    // The key lists the scene's own legend, no more and no less.
    const legend = page.locator('.map-legend-body > ul > li');
    await expect(legend).toHaveCount(legendFor(scene).length);
    // Symbols drawn by deck.gl can be asked about: their data arrived and has rows.
    if (scene.layers.some((layer) => STORY_LAYERS[layer].deck)) {
      await expect(page.locator('.map-features summary')).toHaveText(/On this map \(\d+\)/);
      await expect(page.locator('.map-features li').first()).toBeAttached();
    }
    // Each layer is on the screen, as MapLibre and deck.gl themselves report what they drew.
    await expectSceneDrawn(page, scene);
    await expect(page.locator('.map-notice')).toHaveCount(0);
    // Every file the scene draws from was fetched (once, and kept for later scenes).
    for (const dataset of datasetsFor(scene)) expect(dataRequests).toContain(DATASETS[dataset]);
  }
  expectNoProblems(problems);
});

test('on the first screen the map prepares later scenes without unsettling the first', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = await watchForProblems(page);
  const first = STEPS[0];
  const plateau = STEPS.find((step) => step.id === 'plateau');
  if (!first || !plateau) throw new Error('the story has no first step or no plateau');
  await countGpuWaits(page);
  await page.goto('/');
  await expectSettledOn(page, first.scene);
  // The warm-up runs phase by phase (see useWarmUp) and ends; the first scene stays settled.
  await expectWarmedUp(page);
  await expectSettledOn(page, first.scene);
  // The scene on real terrain settles after the warm-up stood the map on terrain of its own,
  // with the textures, framebuffers and shaders the warm-up made for it: not one framebuffer is
  // checked and not one shader linked, so the GPU is never waited for on the way in.
  const before = await gpuWaits(page);
  expect(before.linkProgram).toBeGreaterThan(0);
  await page.evaluate((id) => {
    window.location.hash = id;
  }, plateau.id);
  await expectSettledOn(page, plateau.scene);
  expect(await gpuWaits(page)).toEqual(before);
  expect(problems.errors).toEqual([]);
});

test("the Gui'an close-up places the sites among districts, the city's built-up land and roads", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = await watchForProblems(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#guian');
  await expectActiveStep(page, 'guian');
  await expectSettledOn(page, 'guian');
  // A key a reader can read the map by, and a list of what is on it, each thing named.
  await expect(page.locator('.map-legend-body > ul > li')).toHaveCount(
    legendFor(sceneFor({ scene: 'guian' })).length,
  );
  expect(await page.locator('.map-legend-body > ul > li').count()).toBeGreaterThanOrEqual(4);
  await expect(
    page.locator('.map-legend-body > ul > li', { hasText: 'Built-up area' }),
  ).toHaveCount(1);
  const named = page.locator('.map-features li button');
  await expect.poll(() => named.count()).toBeGreaterThanOrEqual(12);
  const titles = await named.allTextContents();
  expect(titles.every((title) => title.trim().length > 1)).toBe(true);
  expect(titles).toEqual(
    expect.arrayContaining([
      'Pingba District',
      'Huaxi District',
      'Guiyang built-up area',
      'Guiyang Longdongbao International Airport',
      'Apple iCloud data centre (GCBD)',
    ]),
  );
  expectNoProblems(problems);
});

test("a feature's card opens from the key, clear of the step button and the language switch", async ({
  page,
}) => {
  await page.goto('/#guian');
  await expectSettledOn(page, 'guian');
  // On a phone the key opens first. Each click fails if anything (MapLibre's attribution, say)
  // lies over what a reader taps.
  const toggle = page.locator('.map-legend-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.locator('.map-features summary').click();
  await page.locator('.map-features li button').first().click();
  await expect(page.locator('.feature-card')).toBeVisible();
  await expectClear(page, '.feature-card', ['.step-index-toggle', '.edition-switch']);
});

test("deck.gl's loop rests on a still map and wakes for the pointer: a point's card opens on hover", async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'a phone has no pointer to hover with');
  await page.goto('/#data-centres');
  await expectSettledOn(page, 'data-centres');
  // The warm-up draws now and then until it is done; after it, nothing moves.
  await expectWarmedUp(page);
  const loopRunning = () =>
    page.evaluate(
      () =>
        (window as unknown as { storyMap: { __deck: { animationLoop: { _running: boolean } } } })
          .storyMap.__deck.animationLoop._running,
    );
  // Once the map is idle deck.gl's animation loop stops: no frames while the reader reads.
  await expect.poll(loopRunning, LOOK_OFTEN).toBe(false);
  const site = await page.evaluate(() => {
    interface Picked {
      readonly layer: { readonly id: string } | null;
      readonly object?: { readonly position?: [number, number] };
    }
    const map = (
      window as unknown as {
        storyMap: {
          __deck: { pickObjects(options: object): Picked[] };
          getCanvas(): HTMLCanvasElement;
          project(at: [number, number]): { x: number; y: number };
        };
      }
    ).storyMap;
    const canvas = map.getCanvas();
    const found = map.__deck
      .pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight })
      .find((info) => info.layer?.id.startsWith('data-centres') && info.object?.position);
    if (!found?.object?.position) return null;
    const at = map.project(found.object.position);
    const box = canvas.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  });
  expect(site, 'a data centre drawn by deck.gl in view').not.toBeNull();
  if (!site) return;
  await expect.poll(loopRunning, LOOK_OFTEN).toBe(false);
  // Picking on hover happens in deck.gl's loop: the card opens only if the pointer woke it.
  await page.mouse.move(site.x - 30, site.y - 30);
  await page.mouse.move(site.x, site.y, { steps: 3 });
  await expect(page.locator('.feature-card')).toBeVisible();
  await expect.poll(loopRunning, LOOK_OFTEN).toBe(false);
});
