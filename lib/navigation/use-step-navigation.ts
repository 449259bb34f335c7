import { useEffect, useEffectEvent, useLayoutEffect } from 'react';
import type { StepId } from '@/lib/story/types';
import { parseStepHash } from './step-hash';
import { replaceStepHash, useLinkedStepId } from './use-linked-step';
import { useUrlFollowsStep } from './use-url-follows-step';

/**
 * What the scroll article and the presentation share about the step on screen and the URL:
 * - the step is the one the reader moved to (`movedTo`, which the view keeps), else the one the
 *   URL names, else the first;
 * - a hash that names no step (junk, an old link) is dropped on landing, leaving a clean URL;
 * - a hash changed later (a link within the page, a typed address) moves the view, through
 *   `onLinkedStep`;
 * - the URL follows the reader's moves quietly (see `useUrlFollowsStep`).
 */
export function useStepNavigation(
  stepIds: readonly StepId[],
  movedTo: StepId | null,
  onLinkedStep: (id: StepId) => void,
): StepId {
  const firstStepId = stepIds[0] ?? '';
  const linkedStepId = useLinkedStepId(stepIds);
  const follow = useEffectEvent(onLinkedStep);

  useLayoutEffect(() => {
    if (window.location.hash && !parseStepHash(window.location.hash, stepIds)) {
      replaceStepHash(null);
    }
  }, [stepIds]);

  useEffect(() => {
    const onHashChange = () => {
      const id = parseStepHash(window.location.hash, stepIds);
      if (id) follow(id);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [stepIds]);

  useUrlFollowsStep(movedTo, firstStepId);

  return movedTo ?? linkedStepId ?? firstStepId;
}
