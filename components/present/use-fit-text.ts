import { useLayoutEffect, type RefObject } from 'react';

/** Smallest type a panel shrinks to, as a share of its designed size; below it, it scrolls. */
export const MIN_SCALE = 0.72;
/** Halvings of the search: the scale found is within 0.005 of the largest that fits. */
const ROUNDS = 6;

/**
 * Shrinks an element's type (its `--fit` custom property, which its CSS multiplies in) to the
 * largest size at which its content fits without scrolling: a presenter's keys move the story,
 * so nothing can scroll a step's last lines into view. Runs again for each new `key` (the
 * step), when the element resizes, and once the web fonts have arrived.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, key: string): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fitsAt = (scale: number) => {
      element.style.setProperty('--fit', scale.toFixed(3));
      return element.scrollHeight <= element.clientHeight + 1;
    };
    const fit = () => {
      if (fitsAt(1)) return;
      // Line breaks make height jump as type shrinks, so search rather than step down.
      let fits = MIN_SCALE;
      let overflows = 1;
      for (let round = 0; round < ROUNDS; round += 1) {
        const middle = (fits + overflows) / 2;
        if (fitsAt(middle)) fits = middle;
        else overflows = middle;
      }
      fitsAt(fits);
    };
    fit();
    let live = true;
    void document.fonts.ready.then(() => {
      if (live) fit();
    });
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [ref, key]);
}
