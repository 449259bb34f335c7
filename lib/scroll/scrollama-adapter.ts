import scrollama from 'scrollama';

/**
 * scrollama's published types allow only tenths as an offset, but its source (parseOffset)
 * also takes pixels, which we need: the trigger line is set in CSS in `svh`, so it stays put
 * while a phone's address bar slides. This adapter is the one place that knows.
 */
export interface StepScroller {
  destroy(): void;
}

/**
 * Calls `onCross` when a step crosses the trigger line, at most once per frame. Crossings come
 * in bursts (an exit with every enter, several steps at once on a fast scroll), and the caller
 * reads the layout: at the start of the next frame, the browser is about to lay the page out
 * anyway, so the read forces no layout of its own inside scrollama's observer callback.
 */
export function watchSteps(
  stepSelector: string,
  offsetPx: number,
  onCross: () => void,
): StepScroller {
  const instance = scrollama();
  const options = { step: stepSelector, offset: `${Math.round(offsetPx)}px` };
  Reflect.apply(instance.setup, instance, [options]);
  let frame: number | null = null;
  const report = () => {
    frame = null;
    onCross();
  };
  const crossed = () => {
    frame ??= requestAnimationFrame(report);
  };
  instance.onStepEnter(crossed).onStepExit(crossed);
  return {
    destroy: () => {
      if (frame !== null) cancelAnimationFrame(frame);
      instance.destroy();
    },
  };
}
