import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';
import { BASE_PATH, siteUrl } from '@/lib/site/base-path';
import { shareUrl } from '@/lib/share/share-url';
import type { StepId } from '@/lib/story/types';
import { formatStepHash } from '@/lib/navigation/step-hash';
import { formatLessonQuery } from './parse-lesson';

/** The views a lesson link can open. */
export type LessonView = 'present' | 'text' | 'lesson';

/**
 * A lesson's page on this site, as a link from one of its pages: `/present/?steps=a,b#b`, or
 * `/zh/present/?steps=a,b#b` in the Chinese edition.
 */
export function lessonPath(
  view: LessonView,
  stepIds: readonly StepId[],
  stepId?: StepId,
  edition: Edition = 'en',
): string {
  const hash = stepId ? formatStepHash(stepId) : '';
  return `${BASE_PATH}${EDITION_PREFIX[edition]}/${view}/${formatLessonQuery(stepIds)}${hash}`;
}

/**
 * The same, as an absolute URL for a phone or another computer: a QR code, a copied link; in
 * the edition given (`/zh/present/?steps=…` for Chinese).
 */
export function lessonUrl(
  view: LessonView,
  stepIds: readonly StepId[],
  origin: string,
  stepId?: StepId,
  edition: Edition = 'en',
): string {
  return siteUrl(lessonPath(view, stepIds, stepId, edition).slice(BASE_PATH.length), origin);
}

/**
 * The link a presentation's QR code hands out for a step: inside a lesson, the same step of
 * the same lesson (a share page cannot carry the lesson, as it opens the story by a static
 * redirect); otherwise the step's share page, which previews in chats.
 */
export function stepLinkInLesson(
  stepId: StepId,
  lessonStepIds: readonly StepId[] | null,
  origin: string,
  edition: Edition = 'en',
): string {
  return lessonStepIds
    ? lessonUrl('present', lessonStepIds, origin, stepId, edition)
    : shareUrl(stepId, origin, edition);
}
