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
  let frames: Map<number, FrameRequestCallback>;
  const runFrame = () => {
    const due = [...frames.values()];
    frames.clear();
    due.forEach((callback) => callback(0));
  };

  beforeEach(() => {
    frames = new Map();
    let next = 1;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.set(next, callback);
      return next++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
    fake.destroyed = false;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reports a burst of crossings once, in the next frame', () => {
    const onCross = vi.fn();
    watchSteps('[data-step-id]', 400, onCross);
    fake.exit();
    fake.enter();
    fake.enter();
    expect(onCross).not.toHaveBeenCalled();
    runFrame();
    expect(onCross).toHaveBeenCalledTimes(1);
    fake.enter();
    runFrame();
    expect(onCross).toHaveBeenCalledTimes(2);
  });

  it('reports nothing after it is destroyed', () => {
    const onCross = vi.fn();
    const scroller = watchSteps('[data-step-id]', 400, onCross);
    fake.enter();
    scroller.destroy();
    runFrame();
    expect(onCross).not.toHaveBeenCalled();
    expect(fake.destroyed).toBe(true);
  });
});
