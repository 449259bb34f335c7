import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';
import { BASE_PATH } from '@/lib/site/base-path';
import type { StepId } from '@/lib/story/types';
import { formatLessonQuery } from '@/lib/lesson/parse-lesson';
import { formatStepHash } from '@/lib/navigation/step-hash';

/** Named, so that pressing `p` again brings back the same presenter window, not a second one. */
const PRESENTER_WINDOW = 'map-story-presenter';

/**
 * Opens the presenter view in its own window, for the teacher's screen while this one is on
 * the projector. The two talk over a BroadcastChannel; neither needs the other to stay open.
 * A lesson's presenter view gets the same lesson, so its notes and counter follow it, and the
 * same edition, so a Chinese presentation's notes are in Chinese too.
 */
export function openPresenterWindow(
  stepId: StepId,
  lessonStepIds: readonly StepId[] | null,
  edition: Edition,
): void {
  const lesson = formatLessonQuery(lessonStepIds ?? []);
  window.open(
    `${BASE_PATH}${EDITION_PREFIX[edition]}/present/presenter/${lesson}${formatStepHash(stepId)}`,
    PRESENTER_WINDOW,
    'popup,width=1100,height=760',
  );
}
