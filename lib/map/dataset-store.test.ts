import type { FeatureCollection } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import type { DatasetId } from './datasets';
import { DatasetStore } from './dataset-store';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

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
});
