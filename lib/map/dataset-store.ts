import type { FeatureCollection } from 'geojson';
import type { DatasetId } from './datasets';
import type { LoadedData } from './load-dataset';

export interface DatasetSnapshot {
  readonly loaded: LoadedData;
  /** Files that failed, with why. */
  readonly failed: ReadonlyMap<DatasetId, string>;
}

type Loader = (id: DatasetId) => Promise<FeatureCollection>;
/** Runs a store update later: by default in a task of its own. */
export type PublishLater = (publish: () => void) => void;

const inNextTask: PublishLater = (publish) => {
  setTimeout(publish, 0);
};

/**
 * The map's data files for one visit: each fetched once, kept, and shared by every scene.
 * A failed file is tried again only when a scene asks for it again (not by prefetch), so a
 * broken file costs one request per visit to its scene, not a loop.
 */
export class DatasetStore {
  private snapshot: DatasetSnapshot = { loaded: new Map(), failed: new Map() };
  private readonly inFlight = new Set<DatasetId>();
  private readonly listeners = new Set<() => void>();

  /**
   * `schedule` decides when an arrival is published. By default it is a task of its own: a
   * file's parsing and the render it causes (React renders a store's update at once) then
   * never add up to one long task.
   */
  constructor(
    private readonly load: Loader,
    private readonly schedule: PublishLater = inNextTask,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DatasetSnapshot => this.snapshot;

  /** Starts fetching what is neither here nor on its way; `retryFailed` for a scene's own needs. */
  request(ids: readonly DatasetId[], retryFailed: boolean): void {
    for (const id of ids) {
      if (this.snapshot.loaded.has(id) || this.inFlight.has(id)) continue;
      if (!retryFailed && this.snapshot.failed.has(id)) continue;
      this.fetch(id);
    }
  }

  private fetch(id: DatasetId): void {
    this.inFlight.add(id);
    this.load(id)
      .then(
        (data) => ({ ok: true, data }) as const,
        (error: unknown) =>
          ({ ok: false, reason: error instanceof Error ? error.message : String(error) }) as const,
      )
      .then((outcome) => {
        this.schedule(() => {
          this.inFlight.delete(id);
          const failed = new Map(this.snapshot.failed);
          if (outcome.ok) {
            failed.delete(id);
            this.update({ loaded: new Map(this.snapshot.loaded).set(id, outcome.data), failed });
          } else {
            this.update({ ...this.snapshot, failed: failed.set(id, outcome.reason) });
          }
        });
      });
  }

  private update(next: DatasetSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
