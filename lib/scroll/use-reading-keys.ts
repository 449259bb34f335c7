import { useEffect } from 'react';
import { toKeyPress } from '@/lib/dom/key-press';
import type { StepId } from '@/lib/story/types';
import { moveStep } from '@/lib/navigation/step-moves';
import { readingActionFor } from './reading-keys';

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
      const move = readingActionFor(toKeyPress(event));
      if (!move || stepIds.length === 0) return;
      const target = moveStep(stepIds, activeStepId, move);
      event.preventDefault();
      goToStep(target);
      document.getElementById(target)?.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stepIds, activeStepId, goToStep]);
}
