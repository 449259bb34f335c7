// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_FOLLOW_DELAY_MS, useUrlFollowsStep } from './use-url-follows-step';

describe('useUrlFollowsStep', () => {
  let replaceState: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    replaceState = vi.spyOn(window.history, 'replaceState');
  });

  afterEach(() => {
    replaceState.mockRestore();
    vi.useRealTimers();
  });

  const render = () =>
    renderHook(
      ({ movedTo }: { movedTo: string | null }) => useUrlFollowsStep(movedTo, 'question'),
      {
        initialProps: { movedTo: null as string | null },
      },
    );

  it('names a step once the reader has stayed on it, in a task of its own', () => {
    const { rerender } = render();
    rerender({ movedTo: 'moutai' });
    expect(replaceState).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(URL_FOLLOW_DELAY_MS));
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe('#moutai');
  });

  it('rewrites the URL once for a quick scroll past several steps', () => {
    const { rerender } = render();
    for (const step of ['guizhou', 'moutai', 'peoples', 'plateau']) {
      rerender({ movedTo: step });
      act(() => vi.advanceTimersByTime(URL_FOLLOW_DELAY_MS / 4));
    }
    act(() => vi.advanceTimersByTime(URL_FOLLOW_DELAY_MS));
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe('#plateau');
  });

  it('forgets a pending rewrite when the story goes away', () => {
    const { rerender, unmount } = render();
    rerender({ movedTo: 'moutai' });
    unmount();
    act(() => vi.advanceTimersByTime(URL_FOLLOW_DELAY_MS * 2));
    document.body.dispatchEvent(new Event('click', { bubbles: true }));
    expect(replaceState).not.toHaveBeenCalled();
  });

  it.each(['pointerdown', 'click'])(
    'names the step at once, and once, when the reader then sends a %s',
    (type) => {
      const { rerender } = render();
      rerender({ movedTo: 'moutai' });
      rerender({ movedTo: 'peoples' });
      let seenByTheTarget = '';
      const link = document.createElement('a');
      document.body.append(link);
      link.addEventListener(type, () => {
        seenByTheTarget = window.location.hash;
      });
      link.dispatchEvent(new Event(type, { bubbles: true }));
      expect(seenByTheTarget).toBe('#peoples');
      act(() => vi.advanceTimersByTime(URL_FOLLOW_DELAY_MS * 2));
      link.dispatchEvent(new Event(type, { bubbles: true }));
      expect(replaceState).toHaveBeenCalledTimes(1);
      link.remove();
    },
  );

  it('leaves an untouched first visit with its clean URL', () => {
    const { rerender } = render();
    rerender({ movedTo: 'question' });
    act(() => vi.advanceTimersByTime(URL_FOLLOW_DELAY_MS * 2));
    expect(replaceState).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('');
  });
});
