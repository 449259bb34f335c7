import { expect, type Page } from '@playwright/test';
import { loadStory } from '../../lib/content/load-story';
import type { StillSize } from '../../lib/stills/still-sizes';
import { afterTwoFrames } from './frames';
import { expectAttributes } from './attributes';

/** The story as the build sees it: tests follow the content, not a copy of it. */
export const STORY = loadStory();
export const STEPS = STORY.steps.map((step) => ({ id: step.id, scene: step.scene }));

export function stepAt(index: number) {
  const step = STEPS[index];
  if (!step) throw new Error(`the story has no step ${index}`);
  return step;
}

/** Waits until the app says the map rests on `sceneId` with its data: never a fixed time. */
export async function expectSettledOn(page: Page, sceneId: string): Promise<void> {
  await expectAttributes(
    page,
    '[data-map-scene]',
    { 'data-map-scene': sceneId, 'data-map-settled': 'true' },
    60_000,
  );
}

/** Waits until the map's warm-up (see `useWarmUp`) has prepared every later scene. */
export async function expectWarmedUp(page: Page): Promise<void> {
  await expectAttributes(page, '[data-warm-up]', { 'data-warm-up': 'done' }, 120_000);
}

/**
 * From the next page load on, notes each scene the map says it has settled on, in order; read
 * them with `settledScenes`. A jump that settles nowhere else first leaves one scene.
 */
export async function recordSettledScenes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { settledScenes: seen });
    new MutationObserver(() => {
      const map = document.querySelector('[data-map-scene]');
      if (map?.getAttribute('data-map-settled') === 'true')
        seen.push(map.getAttribute('data-map-scene') ?? '');
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-map-settled'],
    });
  });
}

export async function settledScenes(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { settledScenes: string[] }).settledScenes);
}

/** The still a page of this size shows (see `PORTRAIT_STILL_MEDIA`): portrait on a phone. */
export function stillSizeFor(page: Page): StillSize {
  return (page.viewportSize()?.width ?? Infinity) <= 600 ? 'portrait' : 'landscape';
}

export async function expectActiveStep(page: Page, stepId: string): Promise<void> {
  await expectAttributes(page, '[data-active-step]', { 'data-active-step': stepId }, 30_000);
}

/** Scrolls a step to where a reader lands on it, as an anchor link would. */
export async function scrollToStep(page: Page, stepId: string): Promise<void> {
  await page.locator(`section[data-step-id="${stepId}"]`).evaluate((section) => {
    section.scrollIntoView({ block: 'start', behavior: 'instant' });
  });
}

export interface Problems {
  readonly errors: string[];
  readonly foreignRequests: string[];
}

/**
 * Records what must never happen: console errors, uncaught exceptions, and any request to a
 * host other than the page's own (which is also blocked, as a locked-down school network would).
 */
export async function watchForProblems(page: Page): Promise<Problems> {
  const problems: Problems = { errors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  await page.route(
    (url) =>
      url.hostname !== '127.0.0.1' &&
      url.hostname !== 'localhost' &&
      url.protocol.startsWith('http'),
    async (route) => {
      problems.foreignRequests.push(route.request().url());
      await route.abort();
    },
  );
  return problems;
}

/** Nothing that must never happen did: no console error or exception, no foreign request. */
export function expectNoProblems(problems: Problems): void {
  expect(problems.errors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
}

/**
 * Scrolls the page down by about `distance` pixels the way the device would: a mouse wheel on
 * a desktop, a real touch swipe (touch events through Chromium's input pipeline) on a phone.
 * The finger rests at the end of the swipe for a few frames before it lifts, so the page
 * scrolls by the swipe's length and no fling follows: a fling's length comes from how fast
 * the moves arrived, which on a loaded machine is anyone's guess (one carried a test past the
 * step it meant to reach).
 */
export async function swipeOrWheel(
  page: Page,
  touch: boolean,
  at: { x: number; y: number },
  distance: number,
): Promise<void> {
  if (!touch) {
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, distance);
    return;
  }
  const session = await page.context().newCDPSession(page);
  const point = (dy: number) => [{ x: Math.round(at.x), y: Math.round(at.y - dy) }];
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
  const moves = 10;
  for (let step = 1; step <= moves; step += 1) {
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point((distance * step) / moves),
    });
  }
  for (let frame = 0; frame < 4; frame += 1) {
    await afterTwoFrames(page);
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point(distance),
    });
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
}

/**
 * Waits until the page has stopped scrolling (a swipe's fling included): the scroll position
 * unchanged over several frames, after which the steps' observers have seen where it ended.
 */
export async function waitForScrollToSettle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 6) resolve(true);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** Checks that `subject` covers none of `others` on screen, each of which must be showing. */
export async function expectClear(page: Page, subject: string, others: readonly string[]) {
  const box = await page.locator(subject).boundingBox();
  if (!box) throw new Error(`${subject} is not on screen`);
  for (const other of others) {
    const them = await page.locator(other).boundingBox();
    if (!them) throw new Error(`${other} is not on screen`);
    const apart =
      box.x + box.width <= them.x ||
      them.x + them.width <= box.x ||
      box.y + box.height <= them.y ||
      them.y + them.height <= box.y;
    expect(apart, `${subject} overlaps ${other}`).toBe(true);
  }
}

export type StoryStep = (typeof STEPS)[number];

/** Presses a key and waits until the app says it is on `step`, with the map at rest there. */
export async function pressAndLand(page: Page, key: string, step: StoryStep): Promise<void> {
  await page.keyboard.press(key);
  await expectActiveStep(page, step.id);
  await expectSettledOn(page, step.scene);
}
