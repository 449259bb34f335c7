import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { StepId } from '@/lib/story/types';
import { parseStepHash } from '@/lib/navigation/step-hash';
import { useStepNavigation } from '@/lib/navigation/use-step-navigation';
import { holdStepInPlace, scrollStepIntoPlace } from './hold-step-in-place';
import { pickActiveIndex } from './pick-active-step';
import { watchSteps } from './scrollama-adapter';

export const STEP_SELECTOR = '[data-step-id]';
/** A fixed, invisible element whose top is the trigger line; CSS places it per layout. */
export const TRIGGER_SELECTOR = '[data-step-trigger]';

export interface StepNavigation {
  /** The step the reader is on: always one of the story's steps. */
  readonly activeStepId: StepId;
  /** Brings a step to its reading position and makes it active. */
  readonly goToStep: (id: StepId) => void;
}

function readTriggerY(): number {
  const marker = document.querySelector(TRIGGER_SELECTOR);
  return marker ? marker.getBoundingClientRect().top : window.innerHeight / 2;
}

function readActiveStep(): StepId | undefined {
  const steps = Array.from(document.querySelectorAll<HTMLElement>(STEP_SELECTOR));
  const index = pickActiveIndex(
    steps.map((step) => step.getBoundingClientRect().top),
    readTriggerY(),
  );
  return steps[index]?.dataset.stepId;
}

/**
 * The active step of the scroll article. Until the reader moves it is the step the URL names
 * (or the first); from then on it is derived from where the steps are whenever scrollama
 * reports a crossing. The URL and the step keep to each other as in the presentation
 * (`useStepNavigation`).
 */
export function useActiveStep(stepIds: readonly StepId[]): StepNavigation {
  const [movedTo, setMovedTo] = useState<StepId | null>(null);

  const syncFromLayout = useCallback(() => {
    const id = readActiveStep();
    if (id) setMovedTo(id);
  }, []);

  // The step a resize holds in place, let go of when the story moves to another one.
  const releaseHold = useRef<() => void>(() => undefined);

  const goToStep = useCallback((id: StepId) => {
    releaseHold.current();
    scrollStepIntoPlace(id);
    setMovedTo(id);
  }, []);

  // Land once, where the URL says, before the first paint after hydration; a hash that names
  // no step (junk, an old link) starts at the top, as a link without one does.
  useLayoutEffect(() => {
    history.scrollRestoration = 'manual';
    const linked = parseStepHash(window.location.hash, stepIds);
    if (linked) scrollStepIntoPlace(linked);
    else if (window.location.hash) window.scrollTo({ top: 0, behavior: 'instant' });
  }, [stepIds]);

  const activeStepId = useStepNavigation(stepIds, movedTo, goToStep);

  // The step on screen, for resizes to hold on to.
  const activeRef = useRef(activeStepId);
  useEffect(() => {
    activeRef.current = activeStepId;
  }, [activeStepId]);

  useEffect(() => {
    let triggerY = readTriggerY();
    let width = window.innerWidth;
    let scroller = watchSteps(STEP_SELECTOR, triggerY, syncFromLayout);
    const onResize = () => {
      // A new width (a rotation, a window resized across the layout's breakpoint) reflows every
      // step, and so does a new height where the layout's svh units change (a desktop window):
      // the reader's step goes back to its reading position rather than whichever step the
      // reflow happens to put on the line. A phone's address bar sliding changes neither the
      // width nor svh (the trigger line stays put): nothing moves, nothing is held.
      const next = readTriggerY();
      if (window.innerWidth !== width || Math.abs(next - triggerY) > 1) {
        width = window.innerWidth;
        releaseHold.current();
        releaseHold.current = holdStepInPlace(activeRef.current, syncFromLayout);
      }
      if (Math.abs(next - triggerY) > 1) {
        triggerY = next;
        scroller.destroy();
        scroller = watchSteps(STEP_SELECTOR, next, syncFromLayout);
      }
      syncFromLayout();
    };
    window.addEventListener('resize', onResize);
    return () => {
      releaseHold.current();
      scroller.destroy();
      window.removeEventListener('resize', onResize);
    };
  }, [syncFromLayout]);

  return { activeStepId, goToStep };
}
