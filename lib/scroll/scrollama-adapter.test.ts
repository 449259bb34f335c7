import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  enter: (): void => undefined,
  exit: (): void => undefined,
  destroyed: false,
}));

vi.mock('scrollama', () => ({
  default: () => {
    const instance = {
      setup: () => instance,
      onStepEnter: (callback: () => void) => {
        fake.enter = callback;
        return instance;
      },
      onStepExit: (callback: () => void) => {
        fake.exit = callback;
        return instance;
      },
      destroy: () => {
        fake.destroyed = true;
      },
    };
    return instance;
  },
}));

const { watchSteps } = await import('./scrollama-adapter');

describe('watchSteps', () => {
  // Node has no frames: one every 16 ms, on the fake clock.
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (draw: FrameRequestCallback) =>
      setTimeout(() => draw(performance.now()), 16),
    );
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    fake.destroyed = false;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('reports a burst of crossings once, after the next frame', () => {
    const onCross = vi.fn();
    watchSteps('[data-step-id]', 400, onCross);
    fake.exit();
    fake.enter();
    fake.enter();
    expect(onCross).not.toHaveBeenCalled();
    vi.advanceTimersByTime(16);
    expect(onCross).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onCross).toHaveBeenCalledTimes(1);
    fake.enter();
    vi.advanceTimersByTime(40);
    expect(onCross).toHaveBeenCalledTimes(2);
  });

  it('reports nothing after it is destroyed, before or after the frame', () => {
    const onCross = vi.fn();
    const beforeFrame = watchSteps('[data-step-id]', 400, onCross);
    fake.enter();
    beforeFrame.destroy();
    vi.advanceTimersByTime(40);
    const afterFrame = watchSteps('[data-step-id]', 400, onCross);
    fake.enter();
    vi.advanceTimersByTime(16);
    afterFrame.destroy();
    vi.advanceTimersByTime(40);
    expect(onCross).not.toHaveBeenCalled();
    expect(fake.destroyed).toBe(true);
  });
});
