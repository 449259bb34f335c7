import { useEffect } from 'react';
import { toKeyPress } from '@/lib/dom/key-press';
import type { StepId } from '@/lib/story/types';
import { readingActionFor, targetIndex } from './reading-keys';

/**
 * j/k, ↓/↑ and Home/End move the article a whole step. Focus follows to the step, so Tab goes
 * on from there and a screen reader reads the step the map now shows.
 */
export function useReadingKeys(
  stepIds: readonly StepId[],
  activeStepId: StepId,
  goToStep: (id: StepId) => void,
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = readingActionFor(toKeyPress(event));
      if (!action) return;
      const target = stepIds[targetIndex(action, stepIds.indexOf(activeStepId), stepIds.length)];
      if (!target) return;
      event.preventDefault();
      goToStep(target);
      document.getElementById(target)?.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stepIds, activeStepId, goToStep]);
}
