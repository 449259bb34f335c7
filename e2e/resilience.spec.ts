import { expect, test } from '@playwright/test';
import {
  STEPS,
  expectActiveStep,
  expectSettledOn,
  expectWarmedUp,
  scrollToStep,
  watchForProblems,
} from './support/story';
import { at } from './support/edition';

const hydro = STEPS.find((step) => step.scene === 'hydro');
const other = STEPS.find((step) => step.scene === 'china');

test.describe('when something goes wrong', () => {
  // The service worker takes over within moments of the first load, and a page's routes do
  // not see the requests it makes on the page's behalf: these break files in the page.
  test.use({ serviceWorkers: 'block' });

  test('a data file that fails leaves the story readable, says so once, and is retried', async ({
    page,
  }) => {
    test.fail(!hydro || !other, 'the story needs a hydro step and a China step');
    if (!hydro || !other) return;
    const problems = await watchForProblems(page);
    let broken = true;
    await page.route('**/data/rivers.json', async (route) => {
      if (broken)
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: '{"type":"Feature',
        });
      else await route.continue();
    });
    await page.goto(at(`/#${hydro.id}`));
    await expectSettledOn(page, 'hydro');
    const notice = page.locator('.map-notice');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('rivers.json');
    await expect(page.locator(`#${hydro.id} h2`)).toBeVisible();

    broken = false;
    await scrollToStep(page, other.id);
    await expectActiveStep(page, other.id);
    await scrollToStep(page, hydro.id);
    await expectSettledOn(page, 'hydro');
    await expect(notice).toHaveCount(0);
    expect(problems.foreignRequests).toEqual([]);
  });

  test('a lost WebGL context that comes back gets a new map, deck.gl layers and all', async ({
    page,
  }) => {
    const problems = await watchForProblems(page);
    // MapLibre says so when a layer it holds (deck.gl's) cannot move to the restored context,
    // and the browser when an object of the lost context is used in the new one. Not when one
    // is deleted: it died with its context, and removing the old map deletes the textures of
    // its raster tiles (the tint's, which the warm-up shows) that way.
    const unrestorable: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      if (/^WebGL: INVALID_OPERATION: delete: /.test(text)) return;
      if (/cannot be restored|does not belong to this context/i.test(text)) unrestorable.push(text);
    });
    await page.goto(at(`/#${STEPS[1]?.id ?? ''}`));
    await expectSettledOn(page, STEPS[1]?.scene ?? '');
    // Once the warm-up is done, deck.gl's layers are certainly on the map when the context goes.
    await expectWarmedUp(page);
    await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      if (canvas) canvas.dataset.lostOnce = 'true';
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const extension = gl?.getExtension('WEBGL_lose_context');
      // The browser can give a context back only after it has told the page it lost it.
      const lost = new Promise((resolve) =>
        canvas?.addEventListener('webglcontextlost', resolve, { once: true }),
      );
      extension?.loseContext();
      await lost;
      // ...and once that event's dispatch is over (a task later), when MapLibre has asked for it back.
      await new Promise((resolve) => setTimeout(resolve, 0));
      extension?.restoreContext();
    });
    const next = STEPS.find((step) => step.scene === 'data-centres');
    if (!next) throw new Error('the story has no data-centres step');
    await scrollToStep(page, next.id);
    await expectSettledOn(page, next.scene);
    await expect(page.locator('[data-map-mode]')).toHaveAttribute('data-map-mode', 'live');
    // One canvas, and not the one whose context was lost: the map was built again.
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(1);
    await expect(page.locator('.maplibregl-canvas[data-lost-once]')).toHaveCount(0);
    expect(
      await page
        .locator('.maplibregl-canvas')
        .evaluate((canvas: HTMLCanvasElement) => canvas.getContext('webgl2')?.isContextLost()),
    ).toBe(false);
    expect(unrestorable).toEqual([]);
    expect(problems.errors).toEqual([]);
  });

  test('a lost WebGL context that does not come back turns the map into still pictures', async ({
    page,
  }) => {
    await page.goto(at(`/#${STEPS[1]?.id ?? ''}`));
    await expectSettledOn(page, STEPS[1]?.scene ?? '');
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect(page.locator('[data-map-mode]')).toHaveAttribute('data-map-mode', 'still');
    await expectSettledOn(page, STEPS[1]?.scene ?? '');
    await expect(page.locator('.map-notice')).toBeVisible();
  });
});
