// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WARM_UP_KINDS } from '@/lib/map/warm-up-layers';
import { fakeGpu } from '@/lib/testing/fake-gpu';
import { useWarmUp } from './use-warm-up';

/** A map that draws when asked and says it is idle when the test says so; no terrain pool. */
function standInMap(gl: WebGL2RenderingContext) {
  const container = document.createElement('div');
  let idle: (() => void)[] = [];
  const map = {
    painter: {},
    getContainer: () => container,
    getCanvas: () => ({ clientWidth: 400, clientHeight: 800, getContext: () => gl }),
    once: (type: string, listener: () => void) => {
      if (type === 'idle') idle.push(listener);
    },
    off: (_type: string, listener: () => void) => {
      idle = idle.filter((kept) => kept !== listener);
    },
    triggerRepaint: () => undefined,
  };
  return {
    map: map as unknown as MaplibreMap,
    container,
    becomeIdle() {
      const listeners = idle;
      idle = [];
      for (const listener of listeners) listener();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useWarmUp', () => {
  it('takes one phase at a time, each once the map is idle and then the GPU has caught up', () => {
    const gpu = fakeGpu();
    const mark = vi.spyOn(performance, 'mark');
    const { map, container, becomeIdle } = standInMap(gpu.gl);
    const { result } = renderHook(() => useWarmUp(map, true, false));
    const seen: [string, number, string, boolean][] = [];
    const look = () => {
      const { phase, deckLayers, twins, terrain } = result.current;
      seen.push([phase, deckLayers, twins, terrain]);
    };
    look();
    for (let step = 0; step < 20 && result.current.phase !== 'done'; step += 1) {
      const before = result.current.phase;
      // The GPU and the page idle, but the map still drawing: the phase stays.
      gpu.catchUp();
      act(() => vi.advanceTimersByTime(1000));
      expect(result.current.phase).toBe(before);
      act(() => becomeIdle());
      // Map idle, page idle, but the GPU still busy: the phase stays.
      act(() => vi.advanceTimersByTime(1000));
      expect(result.current.phase).toBe(before);
      gpu.catchUp();
      act(() => vi.advanceTimersByTime(100));
      expect(result.current.phase).not.toBe(before);
      look();
    }
    expect(seen).toEqual([
      ['waiting', 0, 'none', false],
      ...WARM_UP_KINDS.map((kind, at) => [kind, at + 1, 'none', false]),
      ['flat', 4, 'all', false],
      ['terrain', 4, 'on-terrain', true],
      ['textures', 4, 'none', true],
      ['done', 4, 'gone', false],
    ]);
    expect(container.dataset.warmUp).toBe('done');
    expect(mark).toHaveBeenCalledWith('warm-up:done');
  });

  it('does not start before it is told to, and leaves out terrain on a map already on it', () => {
    const gpu = fakeGpu();
    const { map, becomeIdle } = standInMap(gpu.gl);
    const { result, rerender } = renderHook(({ start }) => useWarmUp(map, start, true), {
      initialProps: { start: false },
    });
    act(() => becomeIdle());
    gpu.catchUp();
    act(() => vi.runAllTimers());
    expect(result.current.phase).toBe('waiting');
    rerender({ start: true });
    const phases: string[] = [];
    for (let step = 0; step < 20 && result.current.phase !== 'done'; step += 1) {
      act(() => becomeIdle());
      gpu.catchUp();
      act(() => vi.advanceTimersByTime(200));
      phases.push(result.current.phase);
    }
    expect(phases).toEqual([...WARM_UP_KINDS, 'flat', 'textures', 'done']);
  });
});
