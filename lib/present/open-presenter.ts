import { BASE_PATH } from '@/lib/site/base-path';
import type { StepId } from '@/lib/story/types';
import { formatLessonQuery } from '@/lib/lesson/parse-lesson';
import { formatStepHash } from '@/lib/navigation/step-hash';

/** Named, so that pressing `p` again brings back the same presenter window, not a second one. */
const PRESENTER_WINDOW = 'map-story-presenter';

/**
 * Opens the presenter view in its own window, for the teacher's screen while this one is on
 * the projector. The two talk over a BroadcastChannel; neither needs the other to stay open.
 * A lesson's presenter view gets the same lesson, so its notes and counter follow it.
 */
export function openPresenterWindow(stepId: StepId, lessonStepIds: readonly StepId[] | null): void {
  window.open(
    `${BASE_PATH}/present/presenter/${formatLessonQuery(lessonStepIds ?? [])}${formatStepHash(stepId)}`,
    PRESENTER_WINDOW,
    'popup,width=1100,height=760',
  );
}
