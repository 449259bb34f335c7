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
 * Calls `onCross` when a step crosses the trigger line, at most once per frame, just after the
 * next frame is drawn. Crossings come in bursts (an exit with every enter, several steps at
 * once on a fast scroll), and the caller reads the steps' positions: inside scrollama's observer
 * callback, or before the frame, that read would lay the page out on the spot after the last
 * step change; once the frame is drawn the layout is fresh and reading it costs nothing.
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
  let timer: ReturnType<typeof setTimeout> | null = null;
  const report = () => {
    timer = null;
    onCross();
  };
  const crossed = () => {
    if (frame !== null || timer !== null) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      timer = setTimeout(report, 0);
    });
  };
  instance.onStepEnter(crossed).onStepExit(crossed);
  return {
    destroy: () => {
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
      instance.destroy();
    },
  };
}
