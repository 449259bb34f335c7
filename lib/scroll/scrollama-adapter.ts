import scrollama from 'scrollama';

/**
 * scrollama's published types allow only tenths as an offset, but its source (parseOffset)
 * also takes pixels, which we need: the trigger line is set in CSS in `svh`, so it stays put
 * while a phone's address bar slides. This adapter is the one place that knows.
 */
export interface StepScroller {
  destroy(): void;
}

export function watchSteps(
  stepSelector: string,
  offsetPx: number,
  onCross: () => void,
): StepScroller {
  const instance = scrollama();
  const options = { step: stepSelector, offset: `${Math.round(offsetPx)}px` };
  Reflect.apply(instance.setup, instance, [options]);
  instance.onStepEnter(onCross).onStepExit(onCross);
  return { destroy: () => instance.destroy() };
}
