import type { FeatureCollection } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import type { DatasetId } from './datasets';
import { DatasetStore } from './dataset-store';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Lets a load resolve, then the task that publishes it run. */
const settle = async () => {
  for (let task = 0; task < 2; task += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('DatasetStore', () => {
  it('fetches each file once, however often it is asked for', async () => {
    const load = vi.fn(async () => EMPTY);
    const store = new DatasetStore(load);
    store.request(['countries', 'rivers'], true);
    store.request(['countries'], true);
    await settle();
    store.request(['countries', 'rivers'], true);
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect([...store.getSnapshot().loaded.keys()].sort()).toEqual(['countries', 'rivers']);
  });

  it('keeps a failure, retries it when a scene asks again, but not when prefetching', async () => {
    let fail = true;
    const load = vi.fn(async (id: DatasetId) => {
      if (fail) throw new Error(`${id}: HTTP 404`);
      return EMPTY;
    });
    const store = new DatasetStore(load);
    store.request(['rivers'], true);
    await settle();
    expect(store.getSnapshot().failed.get('rivers')).toBe('rivers: HTTP 404');
    store.request(['rivers'], false);
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    fail = false;
    store.request(['rivers'], true);
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(store.getSnapshot().failed.has('rivers')).toBe(false);
    expect(store.getSnapshot().loaded.has('rivers')).toBe(true);
  });

  it('tells subscribers when a file arrives', async () => {
    const store = new DatasetStore(async () => EMPTY);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.request(['guizhou'], true);
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('publishes an arrival in a task of its own, and fetches nothing twice meanwhile', async () => {
    const publishes: (() => void)[] = [];
    const load = vi.fn(async () => EMPTY);
    const store = new DatasetStore(load, (publish) => publishes.push(publish));
    const listener = vi.fn();
    store.subscribe(listener);
    store.request(['rivers'], true);
    await settle();
    // Arrived and parsed, but not yet published: no render in the task that parsed it.
    expect(publishes).toHaveLength(1);
    expect(listener).not.toHaveBeenCalled();
    expect(store.getSnapshot().loaded.has('rivers')).toBe(false);
    store.request(['rivers'], true);
    expect(load).toHaveBeenCalledTimes(1);
    publishes.shift()?.();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().loaded.get('rivers')).toBe(EMPTY);
  });

  it('publishes a failure in a task of its own too', async () => {
    const publishes: (() => void)[] = [];
    const store = new DatasetStore(
      async () => {
        throw new Error('rivers.json: not valid JSON');
      },
      (publish) => publishes.push(publish),
    );
    store.request(['rivers'], true);
    await settle();
    expect(store.getSnapshot().failed.size).toBe(0);
    publishes.shift()?.();
    expect(store.getSnapshot().failed.get('rivers')).toBe('rivers.json: not valid JSON');
  });
});
