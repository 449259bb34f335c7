// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from './use-after-first-paint';

vi.mock('./after-first-paint', () => ({
  afterFirstPaint: (then: () => void) => {
    pending.push(then);
    return () => {
      const at = pending.indexOf(then);
      if (at !== -1) pending.splice(at, 1);
    };
  },
}));

const pending: (() => void)[] = [];

describe('useAfterFirstPaint', () => {
  afterEach(() => {
    pending.length = 0;
  });

  it('asks nothing while the page renders and hydrates, then asks once the text is shown', () => {
    const ask = vi.fn(() => true);
    const { result } = renderHook(() => useAfterFirstPaint(ask));
    expect(result.current).toBeNull();
    expect(ask).not.toHaveBeenCalled();
    act(() => pending.shift()?.());
    expect(ask).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(true);
  });

  it('keeps a false answer apart from "not yet asked"', () => {
    const { result } = renderHook(() => useAfterFirstPaint(() => false));
    act(() => pending.shift()?.());
    expect(result.current).toBe(false);
  });

  it('asks once, even when a render hands it a new function', () => {
    const first = vi.fn(() => 'first');
    const { result, rerender } = renderHook(({ ask }) => useAfterFirstPaint(ask), {
      initialProps: { ask: first },
    });
    act(() => pending.shift()?.());
    const later = vi.fn(() => 'later');
    rerender({ ask: later });
    expect(pending).toHaveLength(0);
    expect(first).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
    expect(result.current).toBe('first');
  });

  it('stops waiting when unmounted', () => {
    const ask = vi.fn(() => true);
    const { unmount } = renderHook(() => useAfterFirstPaint(ask));
    unmount();
    expect(pending).toHaveLength(0);
  });
});
