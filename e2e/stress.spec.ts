import { expect, test } from '@playwright/test';
import { STEPS, expectSettledOn, stepAt, watchForProblems } from './support/story';

test('a thousand random jumps (keys, hash changes, scrolls) end settled on the final step', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = await watchForProblems(page);
  await page.goto(`/#${stepAt(0).id}`);
  await expectSettledOn(page, stepAt(0).scene);

  const log = await page.evaluate(
    async (ids) => {
      // A seeded generator: a failure can be replayed exactly.
      let seed = 20_161_025;
      const random = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      const kinds: string[] = [];
      for (let i = 0; i < 1000; i += 1) {
        const kind = pick(['key', 'key', 'hash', 'scroll']);
        kinds.push(kind);
        if (kind === 'key') {
          window.dispatchEvent(
            new KeyboardEvent('keydown', {
              key: pick(['j', 'k', 'ArrowDown', 'ArrowUp', 'Home', 'End']),
              bubbles: true,
            }),
          );
        } else if (kind === 'hash') {
          window.location.hash = pick(ids);
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
      return kinds;
    },
    STEPS.map((step) => step.id),
  );
  expect(log).toHaveLength(1000);

  const final = await page.locator('[data-active-step]').getAttribute('data-active-step');
  const step = STEPS.find((candidate) => candidate.id === final);
  expect(step, `the story ends on a real step, not ${final}`).toBeDefined();
  await expectSettledOn(page, step?.scene ?? '');
  expect(problems.errors).toEqual([]);
});
