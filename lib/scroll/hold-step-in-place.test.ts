// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_AT_MOST_MS, holdStepInPlace } from './hold-step-in-place';

/** A ResizeObserver the test fires by hand, as a late reflow of the page would. */
class FakeResizeObserver {
  static live = new Set<FakeResizeObserver>();
  constructor(private readonly callback: () => void) {}
  observe() {
    FakeResizeObserver.live.add(this);
  }
  disconnect() {
    FakeResizeObserver.live.delete(this);
  }
  static reflow() {
    for (const observer of FakeResizeObserver.live) observer.callback();
  }
}

describe('holdStepInPlace', () => {
  let step: HTMLElement;
  let scrolled: ReturnType<typeof vi.fn<(options?: ScrollIntoViewOptions | boolean) => void>>;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    step = document.createElement('section');
    step.id = 'hydro';
    document.body.append(step);
    scrolled = vi.fn<(options?: ScrollIntoViewOptions | boolean) => void>();
    step.scrollIntoView = scrolled;
  });

  afterEach(() => {
    step.remove();
    FakeResizeObserver.live.clear();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('puts the step in place at once, and again at each reflow', () => {
    const sync = vi.fn();
    holdStepInPlace('hydro', sync);
    expect(scrolled).toHaveBeenCalledTimes(1);
    FakeResizeObserver.reflow();
    expect(scrolled).toHaveBeenCalledTimes(2);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('still holds a reflow seconds later, while the reader has not moved', () => {
    holdStepInPlace('hydro', () => undefined);
    // A page busy redrawing its map at the new size can reflow this late.
    vi.advanceTimersByTime(5_000);
    FakeResizeObserver.reflow();
    expect(scrolled).toHaveBeenCalledTimes(2);
  });

  it.each(['wheel', 'touchstart', 'pointerdown', 'keydown', 'click'])(
    'lets go once the reader moves (%s)',
    (type) => {
      holdStepInPlace('hydro', () => undefined);
      window.dispatchEvent(new Event(type));
      FakeResizeObserver.reflow();
      expect(scrolled).toHaveBeenCalledTimes(1);
    },
  );

  it('lets go after the longest hold, and when told to', () => {
    holdStepInPlace('hydro', () => undefined);
    vi.advanceTimersByTime(HOLD_AT_MOST_MS);
    FakeResizeObserver.reflow();
    expect(scrolled).toHaveBeenCalledTimes(1);

    const release = holdStepInPlace('hydro', () => undefined);
    release();
    FakeResizeObserver.reflow();
    expect(scrolled).toHaveBeenCalledTimes(2);
  });
});
