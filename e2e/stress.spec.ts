import { expect, test } from '@playwright/test';
import { legendFor } from '../lib/map/scene-needs';
import { sceneFor } from '../lib/story/scene-for';
import { expectSceneDrawn } from './support/expect-drawn';
import {
  STEPS,
  expectActiveStep,
  expectSettledOn,
  stepAt,
  watchForProblems,
} from './support/story';

/** Enough to cut flights off at every stage many times over; more only lengthens the run. */
const JUMPS = 150;

test('hundreds of random jumps (keys, hash changes, scrolls), then End, land whole on the last step', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = await watchForProblems(page);
  await page.goto(`/#${stepAt(0).id}`);
  await expectSettledOn(page, stepAt(0).scene);

  await page.evaluate(
    async ({ ids, jumps }) => {
      // A seeded generator: a failure can be replayed exactly.
      let seed = 20_161_025;
      const random = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      // A hash assignment's hashchange event is queued, not dispatched: a key sent in the same
      // task would overtake it, which no reader's key can (each input is a task of its own).
      let hashChangesDue = 0;
      let hashChangesSeen = 0;
      window.addEventListener('hashchange', () => (hashChangesSeen += 1));
      for (let i = 0; i < jumps; i += 1) {
        const kind = pick(['key', 'key', 'hash', 'scroll']);
        if (kind === 'key') {
          window.dispatchEvent(
            new KeyboardEvent('keydown', {
              key: pick(['j', 'k', 'ArrowDown', 'ArrowUp', 'Home', 'End']),
              bubbles: true,
            }),
          );
        } else if (kind === 'hash') {
          const id = pick(ids);
          if (window.location.hash !== `#${id}`) hashChangesDue += 1;
          window.location.hash = id;
        } else {
          document
            .getElementById(pick(ids))
            ?.scrollIntoView({ block: 'start', behavior: 'instant' });
        }
        // Mostly back to back; now and then a frame or a task, so flights start and are cut off.
        const pause = random();
        if (pause < 0.1) await new Promise((resolve) => requestAnimationFrame(resolve));
        else if (pause < 0.3) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      // The last press, as soon as the burst's hash changes have arrived, names where the story
      // must end up.
      while (hashChangesSeen < hashChangesDue) {
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    },
    { ids: STEPS.map((step) => step.id), jumps: JUMPS },
  );

  // The end state is the last step's, whole: step, URL, camera at rest on its scene, its key,
  // and every one of its layers drawn, as MapLibre and deck.gl report.
  const last = stepAt(STEPS.length - 1);
  const scene = sceneFor(last);
  await expectActiveStep(page, last.id);
  await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
  await expectSettledOn(page, last.scene);
  await expect(page.locator('.map-legend-body > ul > li')).toHaveCount(legendFor(scene).length);
  await expect(page.locator('.map-notice')).toHaveCount(0);
  await expectSceneDrawn(page, scene);
  expect(problems.errors).toEqual([]);
});
