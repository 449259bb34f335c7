import { loadStory } from '../../lib/content/load-story';
import { waitUntil, type EnginePage, type OpenPage } from './engine-page';

/** The story as the build sees it: the checks follow the content, not a copy of it. */
const STORY = loadStory();
const STEPS = STORY.steps;
const DESKTOP = { width: 1280, height: 800 };

function stepAt(index: number) {
  const step = STEPS.at(index);
  if (!step) throw new Error(`the story has no step ${index}`);
  return step;
}

/** True once the app says step `id` is active and the map rests on its scene, drawn as `mode`. */
function landedOn(step: { id: string; scene: string }, mode: 'live' | 'still'): string {
  return `(() => {
    const pane = document.querySelector('[data-map-scene]');
    return document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === ${JSON.stringify(step.id)}
      && pane?.getAttribute('data-map-scene') === ${JSON.stringify(step.scene)}
      && pane?.getAttribute('data-map-mode') === ${JSON.stringify(mode)}
      && pane?.getAttribute('data-map-settled') === 'true';
  })()`;
}

async function expectLanded(
  page: EnginePage,
  step: { id: string; scene: string },
  mode: 'live' | 'still',
) {
  await waitUntil(
    page,
    landedOn(step, mode),
    `step ${step.id} with the ${mode} map settled on ${step.scene}`,
  );
}

async function expectNoProblems(page: EnginePage): Promise<void> {
  const problems = await page.problems();
  if (problems.length > 0) throw new Error(`the page had problems:\n  ${problems.join('\n  ')}`);
}

async function expectEqual<T>(actual: T, expected: T, what: string): Promise<void> {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** One check of what a reader does, run in a fresh browser of each engine. */
export interface EngineCheck {
  readonly name: string;
  readonly webgl: boolean;
  run(page: EnginePage): Promise<void>;
}

export const ENGINE_CHECKS: readonly EngineCheck[] = [
  {
    name: "scrolling walks every step, the live map settling on each step's scene",
    webgl: true,
    async run(page) {
      await page.goto('/');
      for (const step of STEPS) {
        await page.evaluate(
          `document.querySelector('section[data-step-id="${step.id}"]').scrollIntoView({ block: 'start', behavior: 'instant' })`,
        );
        await expectLanded(page, step, 'live');
      }
      await expectEqual(await page.evaluate('location.hash'), `#${stepAt(-1).id}`, 'the URL');
      await expectNoProblems(page);
    },
  },
  {
    name: 'a deep link opens on its step, the live map settled there',
    webgl: true,
    async run(page) {
      const step = stepAt(2);
      await page.goto(`/#${step.id}`);
      await expectLanded(page, step, 'live');
      await expectEqual(await page.evaluate('location.hash'), `#${step.id}`, 'the URL');
      await expectNoProblems(page);
    },
  },
  {
    name: 'the presentation keys move the story and hold at both ends',
    webgl: true,
    async run(page) {
      const [first, second, beforeLast, last] = [stepAt(0), stepAt(1), stepAt(-2), stepAt(-1)];
      await page.goto('/present/');
      await expectLanded(page, first, 'live');
      // At the first step "previous" stays: the next press then lands on the second.
      for (const [key, step] of [
        ['ArrowLeft', first],
        ['ArrowRight', second],
        ['ArrowLeft', first],
        ['End', last],
        ['ArrowRight', last],
        ['ArrowLeft', beforeLast],
        ['PageDown', last],
        ['Home', first],
      ] as const) {
        await page.press(key);
        await expectLanded(page, step, 'live');
      }
      await expectEqual(
        await page.evaluate(`document.querySelector('.present-count')?.textContent`),
        `1 / ${STEPS.length}`,
        'the step count',
      );
      await expectNoProblems(page);
    },
  },
  {
    name: 'without WebGL every step shows its still map, described',
    webgl: false,
    async run(page) {
      await page.goto(`/#${stepAt(0).id}`);
      for (const [index, step] of STEPS.entries()) {
        if (index > 0) await page.press('j');
        await expectLanded(page, step, 'still');
        const still = await page.evaluate<{ alt: string; src: string; width: number } | null>(
          `(() => {
            const img = document.querySelector('[data-map-scene] img');
            return img && { alt: img.alt, src: img.getAttribute('src'), width: img.naturalWidth };
          })()`,
        );
        if (!still?.src.includes(`/stills/${step.id}.`) || still.width === 0) {
          throw new Error(
            `step ${step.id} shows no still picture of its own: ${JSON.stringify(still)}`,
          );
        }
        await expectEqual(still.alt, step.mapDescription, `the still's description on ${step.id}`);
      }
      await expectNoProblems(page);
    },
  },
];

/** Runs one check in a fresh page of one engine, closing it whatever happens. */
export async function runCheck(check: EngineCheck, open: OpenPage, origin: string): Promise<void> {
  const page = await open({ origin, viewport: DESKTOP, webgl: check.webgl });
  try {
    await check.run(page);
  } finally {
    await page.close();
  }
}
