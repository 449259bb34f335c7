// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import type { FeatureCollection } from 'geojson';
import { Profiler, createContext, useContext, useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOADED_SOURCES } from '@/lib/map/base-style';
import type { DatasetId } from '@/lib/map/datasets';
import { sceneFor } from '@/lib/story/scene-for';
import { StoryMap } from './story-map';

type Listener = () => void;

/**
 * MapLibre as the map's components see it: the camera lands where it is sent, a source given
 * data makes the map unloaded until the test says it has drawn it (`idle`), and the style
 * loads when the test says so (`load`).
 */
class FakeMap {
  readonly given: DatasetId[] = [];
  readonly container = document.createElement('div');
  readonly canvas = document.createElement('canvas');
  onLoad: ((event: { target: FakeMap }) => void) | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private camera = { lng: 0, lat: 0, zoom: 0, pitch: 0, bearing: 0 };
  private styleLoaded = false;
  private drawn = true;

  constructor() {
    Object.defineProperty(this.container, 'clientWidth', { value: 1000 });
    Object.defineProperty(this.container, 'clientHeight', { value: 800 });
    this.container.append(this.canvas);
  }

  on(type: string, listener: Listener) {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set.add(listener));
  }
  off(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }
  once(type: string, listener: Listener) {
    const once = () => {
      this.off(type, once);
      listener();
    };
    this.on(type, once);
  }
  private fire(type: string) {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener();
  }

  /** The style has loaded: MapLibre's `load` event, and react-maplibre's `onLoad`. */
  load() {
    this.styleLoaded = true;
    this.fire('load');
    this.onLoad?.({ target: this });
  }
  /** MapLibre has drawn what it was given and rests. */
  idle() {
    this.drawn = true;
    this.fire('idle');
  }

  getSource(id: string) {
    if (!(LOADED_SOURCES as readonly string[]).includes(id)) return undefined;
    return {
      setData: () => {
        this.given.push(id as DatasetId);
        this.drawn = false;
      },
    };
  }
  getLayer() {
    return {};
  }
  /** Style changes asked for, to layout or paint: each makes MapLibre draw the map again. */
  styleChanges = 0;
  setLayoutProperty() {
    this.styleChanges += 1;
  }
  setPaintProperty() {
    this.styleChanges += 1;
  }
  getTerrain() {
    return null;
  }
  setTerrain() {}
  isStyleLoaded() {
    return this.styleLoaded;
  }
  loaded() {
    return this.styleLoaded && this.drawn;
  }
  isMoving() {
    return false;
  }
  getCenter() {
    return { lng: this.camera.lng, lat: this.camera.lat };
  }
  getZoom() {
    return this.camera.zoom;
  }
  getPitch() {
    return this.camera.pitch;
  }
  getBearing() {
    return this.camera.bearing;
  }
  jumpTo(options: { center: [number, number]; zoom: number; pitch: number; bearing: number }) {
    const [lng, lat] = options.center;
    this.camera = { lng, lat, zoom: options.zoom, pitch: options.pitch, bearing: options.bearing };
    this.fire('moveend');
  }
  flyTo(options: { center: [number, number]; zoom: number; pitch: number; bearing: number }) {
    this.jumpTo(options);
  }
  triggerRepaint() {}
  getContainer() {
    return this.container;
  }
  getCanvas() {
    return this.canvas;
  }
}

const maps: FakeMap[] = [];
const MapContext = createContext<FakeMap | null>(null);

vi.mock('@vis.gl/react-maplibre', () => ({
  Map: ({ children, onLoad }: { children: ReactNode; onLoad: FakeMap['onLoad'] }) => {
    const [map] = useState(() => {
      const made = new FakeMap();
      maps.push(made);
      return made;
    });
    map.onLoad = onLoad;
    return <MapContext.Provider value={map}>{children}</MapContext.Provider>;
  },
  ScaleControl: () => null,
  useMap: () => {
    const map = useContext(MapContext);
    return { current: map ? { getMap: () => map } : undefined };
  },
}));
vi.mock('./deck-overlay', () => ({ DeckOverlay: () => null }));
vi.mock('./use-fonts-ready', () => ({ useFontsReady: () => true }));
vi.mock('@/lib/dom/when-idle', () => ({
  whenIdle: () => () => undefined,
  eachWhenIdle: () => () => undefined,
}));

/** Each file's load, settled by the test. */
const loads = new Map<
  DatasetId,
  { resolve: (data: FeatureCollection) => void; reject: (error: Error) => void }
>();
vi.mock('@/lib/map/load-dataset', () => ({
  loadDataset: (id: DatasetId) =>
    new Promise((resolve, reject) => loads.set(id, { resolve, reject })),
}));

const file = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
/** Lets a settled load reach the store, and the store's publishing task run. */
const flush = () =>
  act(async () => {
    for (let task = 0; task < 3; task += 1) await new Promise((done) => setTimeout(done, 0));
  });

/** The hydro scene: three base files and the rivers for the style, the power plants for deck.gl. */
const HYDRO = sceneFor({ scene: 'hydro' });
const HYDRO_FILES = ['countries', 'provinces', 'guizhou', 'rivers', 'powerPlants'] as const;

function mount() {
  /** Each commit of the map's tree: what a render of the map costs. */
  const commits: string[] = [];
  const settled: (string | null)[] = [];
  const onFailure = vi.fn();
  const view = render(
    <Profiler id="map" onRender={(_id, phase) => commits.push(phase)}>
      <StoryMap
        scene={HYDRO}
        nextScene={undefined}
        reducedMotion
        onSettledScene={(scene) => settled.push(scene)}
        onFailure={onFailure}
        prepareLater={false}
      />
    </Profiler>,
  );
  return { commits, settled, onFailure, view };
}

async function arrive(id: DatasetId, outcome: 'ok' | 'fail' = 'ok') {
  const load = loads.get(id);
  if (!load) throw new Error(`${id} was not asked for`);
  loads.delete(id);
  if (outcome === 'ok') load.resolve(file());
  else load.reject(new Error(`${id}: HTTP 404`));
  await flush();
}

/** The map the story shows now (a restored context builds another). */
const latestMap = () => {
  const map = maps.at(-1);
  if (!map) throw new Error('no map yet');
  return map;
};

describe('StoryMap', () => {
  beforeEach(() => {
    maps.length = 0;
    loads.clear();
  });
  afterEach(cleanup);

  it('renders once per arriving data file, whether the style or deck.gl draws it', async () => {
    const { commits } = mount();
    await flush();
    act(() => latestMap().load());
    for (const id of HYDRO_FILES) {
      const before = commits.length;
      await arrive(id);
      expect({ id, renders: commits.length - before }).toEqual({ id, renders: 1 });
    }
    expect(latestMap().given).toEqual(['countries', 'provinces', 'guizhou', 'rivers']);
  });

  it("leaves the style's layers alone when a file for deck.gl arrives", async () => {
    mount();
    await flush();
    act(() => latestMap().load());
    for (const id of ['countries', 'provinces', 'guizhou', 'rivers'] as const) await arrive(id);
    const before = latestMap().styleChanges;
    await arrive('powerPlants');
    expect(latestMap().styleChanges).toBe(before);
  });

  it('gives the style the files that came before it loaded, in the one render of its load', async () => {
    const { commits } = mount();
    await flush();
    await arrive('countries');
    await arrive('rivers');
    expect(latestMap().given).toEqual([]);
    const before = commits.length;
    act(() => latestMap().load());
    expect(commits.length - before).toBe(1);
    expect(latestMap().given).toEqual(['countries', 'rivers']);
  });

  it('settles once every file is given and drawn, and says so in one render', async () => {
    const { commits, settled } = mount();
    await flush();
    act(() => latestMap().load());
    for (const id of HYDRO_FILES) await arrive(id);
    // The rivers are given but not drawn yet: MapLibre reports itself unloaded.
    expect(settled).not.toContain('hydro');
    const before = commits.length;
    act(() => latestMap().idle());
    expect(settled.at(-1)).toBe('hydro');
    expect(commits.length - before).toBe(1);
  });

  it('does not let a failed file hold the scene back', async () => {
    const { settled, view } = mount();
    await flush();
    act(() => latestMap().load());
    for (const id of HYDRO_FILES) await arrive(id, id === 'rivers' ? 'fail' : 'ok');
    act(() => latestMap().idle());
    expect(settled.at(-1)).toBe('hydro');
    expect(latestMap().given).not.toContain('rivers');
    expect(view.getByRole('status').textContent).toContain('rivers.json');
  });

  it('builds the map again when a lost WebGL context comes back, and settles again on it', async () => {
    const { settled, onFailure } = mount();
    await flush();
    act(() => latestMap().load());
    for (const id of HYDRO_FILES) await arrive(id);
    act(() => latestMap().idle());
    const lost = latestMap();
    act(() => {
      lost.canvas.dispatchEvent(new Event('webglcontextrestored'));
    });
    expect(settled.at(-1)).toBeNull();
    const rebuilt = latestMap();
    expect(rebuilt).not.toBe(lost);
    // The data stays, fetched once; the new style gets it when it has loaded.
    expect(loads.size).toBe(0);
    expect(rebuilt.given).toEqual([]);
    act(() => rebuilt.load());
    expect(rebuilt.given).toEqual(['countries', 'provinces', 'guizhou', 'rivers']);
    expect(settled.at(-1)).toBeNull();
    act(() => rebuilt.idle());
    expect(settled.at(-1)).toBe('hydro');
    expect(onFailure).not.toHaveBeenCalled();
  });
});
