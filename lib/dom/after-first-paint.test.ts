import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, FIRST_PAINT_FALLBACK_MS } from './after-first-paint';

type EntryList = { getEntriesByName(name: string): unknown[] };

/** A PerformanceObserver the test feeds paint entries to. */
class FakeObserver {
  static supportedEntryTypes: readonly string[] = ['paint', 'largest-contentful-paint'];
  static live = new Set<FakeObserver>();
  private readonly callback: (list: EntryList) => void;
  constructor(callback: (list: EntryList) => void) {
    this.callback = callback;
  }
  observe() {
    FakeObserver.live.add(this);
  }
  disconnect() {
    FakeObserver.live.delete(this);
  }
  static paint(name: string) {
    for (const observer of [...FakeObserver.live]) {
      observer.callback({
        getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []),
      });
    }
  }
}

/** The page's visibility, which the test switches. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  show(state: DocumentVisibilityState) {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

describe('afterFirstPaint', () => {
  let painted: string[];
  let page: FakeDocument;

  beforeEach(() => {
    vi.useFakeTimers();
    painted = [];
    FakeObserver.live.clear();
    FakeObserver.supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    page = new FakeDocument();
    vi.stubGlobal('document', page);
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    vi.stubGlobal('performance', {
      getEntriesByName: (name: string) => painted.map(() => ({ name })),
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the first contentful paint, not for the first paint of an empty frame', () => {
    const then = vi.fn();
    afterFirstPaint(then);
    FakeObserver.paint('first-paint');
    expect(then).not.toHaveBeenCalled();
    FakeObserver.paint('first-contentful-paint');
    expect(then).toHaveBeenCalledTimes(1);
    expect(FakeObserver.live.size).toBe(0);
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the text was already on screen', () => {
    painted = ['first-contentful-paint'];
    const then = vi.fn();
    afterFirstPaint(then);
    expect(then).toHaveBeenCalledTimes(1);
    expect(FakeObserver.live.size).toBe(0);
  });

  it('gives up waiting after a while, for a tab that never paints', () => {
    const then = vi.fn();
    afterFirstPaint(then);
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    FakeObserver.paint('first-contentful-paint');
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('in a tab opened in the background, waits until the tab is shown before giving up', () => {
    page.visibilityState = 'hidden';
    const then = vi.fn();
    afterFirstPaint(then);
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS * 10);
    expect(then).not.toHaveBeenCalled();
    page.show('visible');
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS - 1);
    expect(then).not.toHaveBeenCalled();
    FakeObserver.paint('first-contentful-paint');
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('a tab hidden again before the fallback restarts its wait when shown', () => {
    const then = vi.fn();
    afterFirstPaint(then);
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS - 1);
    page.show('hidden');
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS);
    expect(then).not.toHaveBeenCalled();
    page.show('visible');
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const then = vi.fn();
    const cancel = afterFirstPaint(then);
    cancel();
    FakeObserver.paint('first-contentful-paint');
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS);
    expect(then).not.toHaveBeenCalled();
    expect(FakeObserver.live.size).toBe(0);
  });

  it('waits two animation frames where the browser has no paint timing', () => {
    FakeObserver.supportedEntryTypes = ['resource'];
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
    const then = vi.fn();
    afterFirstPaint(then);
    frames.shift()?.(0);
    expect(then).not.toHaveBeenCalled();
    frames.shift()?.(16);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
