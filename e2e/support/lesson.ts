import type { Page } from '@playwright/test';
import type { Edition } from '../../lib/content/editions';
import { loadTranslatedStory } from '../../lib/content/load-translated-story';
import { SITE_ORIGIN } from '../../lib/share/share-url';
import { STORY } from './story';

/** The issue's own example lesson, out of the story's order. */
export const LESSON = ['guian', 'plateau', 'hydro'].map((id) => {
  const step = STORY.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`the story has no step ${id}`);
  return step;
});
export type LessonStep = (typeof LESSON)[number];
export const [FIRST, SECOND, LAST] = LESSON as [LessonStep, LessonStep, LessonStep];
export const QUERY = `?steps=${LESSON.map((step) => step.id).join(',')}`;
export const ALL_IDS = STORY.steps.map((step) => step.id);

/** Both editions, and the step titles each shows: the build's own words, not a copy of them. */
export const EDITION_STORIES = { en: STORY, zh: loadTranslatedStory('zh') } as const;

/** A step's title in an edition, by id. */
export function titleIn(edition: Edition, id: string): string {
  const title = EDITION_STORIES[edition].steps.find((step) => step.id === id)?.title;
  if (!title) throw new Error(`the ${edition} story has no title for step ${id}`);
  return title;
}

export { inEdition } from './edition';

/** The origin lesson links and QR codes carry. */
export const origin = (page: Page) => SITE_ORIGIN ?? new URL(page.url()).origin;

/** The ids of the handout's steps, in order. */
export const handoutIds = (page: Page) =>
  page.locator('article.text-step').evaluateAll((articles) => articles.map((a) => a.id));

export { pressAndLand } from './story';
