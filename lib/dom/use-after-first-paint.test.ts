// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from './use-after-first-paint';

vi.mock('./after-first-paint', () => ({
  afterFirstPaint: (then: () => void) => {
    pending.push(then);
    return () => pending.splice(pending.indexOf(then), 1);
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

  it('stops waiting when unmounted', () => {
    const ask = vi.fn(() => true);
    const { unmount } = renderHook(() => useAfterFirstPaint(ask));
    unmount();
    expect(pending).toHaveLength(0);
  });
});
