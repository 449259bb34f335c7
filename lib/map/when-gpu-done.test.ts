import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGpu } from '@/lib/testing/fake-gpu';
import { whenGpuAndPageIdle, whenGpuDone } from './when-gpu-done';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('whenGpuDone', () => {
  it('waits, without blocking, until the GPU has finished what it was given', () => {
    const gpu = fakeGpu();
    const done = vi.fn();
    whenGpuDone(gpu.gl, done);
    vi.advanceTimersByTime(1000);
    expect(done).not.toHaveBeenCalled();
    gpu.catchUp();
    vi.advanceTimersByTime(16);
    expect(done).toHaveBeenCalledOnce();
    expect(gpu.pending).toBe(0);
  });

  it('lets go of its fence when cancelled, and then never calls', () => {
    const gpu = fakeGpu();
    const done = vi.fn();
    const cancel = whenGpuDone(gpu.gl, done);
    cancel();
    gpu.catchUp();
    vi.runAllTimers();
    expect(done).not.toHaveBeenCalled();
    expect(gpu.pending).toBe(0);
    cancel();
    expect(gpu.deleted).toBe(1);
  });

  it('calls in the next task where there is no WebGL 2 context', () => {
    const done = vi.fn();
    whenGpuDone(null, done);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(done).toHaveBeenCalledOnce();
  });
});

describe('whenGpuAndPageIdle', () => {
  it("runs the task in the page's first idle period after the GPU caught up", () => {
    const gpu = fakeGpu();
    const task = vi.fn();
    whenGpuAndPageIdle(gpu.gl, task);
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
    gpu.catchUp();
    vi.advanceTimersByTime(16);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(task).toHaveBeenCalledOnce();
  });

  it('can be cancelled while it waits for either', () => {
    const gpu = fakeGpu();
    const task = vi.fn();
    whenGpuAndPageIdle(gpu.gl, task)();
    gpu.catchUp();
    vi.runAllTimers();
    const later = vi.fn();
    const cancel = whenGpuAndPageIdle(gpu.gl, later);
    gpu.catchUp();
    vi.advanceTimersByTime(16);
    cancel();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    expect(later).not.toHaveBeenCalled();
  });
});
