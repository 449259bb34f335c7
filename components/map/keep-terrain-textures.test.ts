import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGpu } from '@/lib/testing/fake-gpu';
import {
  keepTerrainTextures,
  prepareTerrainTextures,
  terrainTilesFor,
  type TexturePool,
} from './keep-terrain-textures';

/** A pool that behaves as MapLibre's RenderPool does: free textures first, then new ones. */
class StandInPool implements TexturePool {
  readonly _objects: { id: number; inUse: boolean }[] = [];
  private recentlyUsed: number[] = [];
  destroyed = false;
  constructor(
    readonly _size: number,
    readonly _tileSize: number,
  ) {}
  getOrCreateFreeObject() {
    for (const id of this.recentlyUsed) {
      const object = this._objects[id];
      if (object && !object.inUse) return object;
    }
    if (this._objects.length >= this._size) throw new Error('No free RenderPool available');
    const object = { id: this._objects.length, inUse: false };
    this._objects.push(object);
    return object;
  }
  useObject(object: { id: number; inUse: boolean }) {
    object.inUse = true;
    this.recentlyUsed = [...this.recentlyUsed.filter((id) => id !== object.id), object.id];
  }
  freeAllObjects() {
    for (const object of this._objects) object.inUse = false;
  }
  destruct() {
    this.destroyed = true;
  }
}

class StandInFrame {
  destroyed = false;
  destroy() {
    this.destroyed = true;
  }
}

/** A terrain as MapLibre's: it deletes its framebuffer and textures when destroyed. */
class StandInTerrain {
  _fbo: StandInFrame | null = null;
  _fboCoordsTexture: StandInFrame | null = null;
  _fboDepthTexture: StandInFrame | null = null;
  constructor(readonly source: string) {}
  drawDepth() {
    this._fbo ??= new StandInFrame();
    this._fboCoordsTexture ??= new StandInFrame();
    this._fboDepthTexture ??= new StandInFrame();
  }
  destroy() {
    this._fbo?.destroy();
    this._fboCoordsTexture?.destroy();
    this._fboDepthTexture?.destroy();
  }
}

const TILE_SIZES: Record<string, number> = { terrain: 512, 'warm-up-terrain': 512, coarse: 256 };

/** MapLibre's setTerrain, as far as the textures go: a new terrain and pool each time on. */
class StandInMap {
  painter: { renderToTexture: { pool: StandInPool } | null } = { renderToTexture: null };
  terrain: StandInTerrain | null = null;
  setTerrain(options: { source: string } | null) {
    if (!options) {
      this.terrain?.destroy();
      this.terrain = null;
      this.painter.renderToTexture?.pool.destruct();
      this.painter.renderToTexture = null;
      return this;
    }
    const tileSize = TILE_SIZES[options.source];
    if (tileSize === undefined) throw new Error(`no source with ID: ${options.source}`);
    this.terrain = new StandInTerrain(options.source);
    this.painter.renderToTexture = { pool: new StandInPool(30, tileSize) };
    return this;
  }
  getCanvas() {
    return { clientWidth: 767, clientHeight: 800 };
  }
  /** What drawing a frame over terrain makes, as MapLibre would. */
  drawTerrain(tiles: number) {
    const pool = this.painter.renderToTexture?.pool;
    if (!pool || !this.terrain) throw new Error('no terrain to draw');
    for (let tile = 0; tile < tiles; tile += 1) pool.useObject(pool.getOrCreateFreeObject());
    pool.freeAllObjects();
    this.terrain.drawDepth();
  }
  pool() {
    return this.painter.renderToTexture?.pool;
  }
}

function kept(): { map: StandInMap; undo: () => void } {
  const map = new StandInMap();
  const undo = keepTerrainTextures(map as unknown as MaplibreMap);
  return { map, undo };
}

describe('keepTerrainTextures', () => {
  it('gives the next terrain the textures and framebuffer the last one made', () => {
    const { map } = kept();
    map.setTerrain({ source: 'terrain' });
    map.drawTerrain(10);
    const pool = map.pool();
    const frame = map.terrain?._fbo;
    map.setTerrain(null);
    expect(pool?.destroyed).toBe(false);
    expect(frame?.destroyed).toBe(false);
    map.setTerrain({ source: 'terrain' });
    expect(map.pool()).toBe(pool);
    expect(map.pool()?._objects).toHaveLength(10);
    expect(map.terrain?._fbo).toBe(frame);
    // Drawing again makes nothing new.
    map.drawTerrain(10);
    expect(map.pool()?._objects).toHaveLength(10);
  });

  it('hands the textures on when one terrain replaces another directly', () => {
    const { map } = kept();
    map.setTerrain({ source: 'warm-up-terrain' });
    map.drawTerrain(6);
    const pool = map.pool();
    map.setTerrain({ source: 'terrain' });
    expect(map.pool()).toBe(pool);
    expect(map.terrain?._fbo).toBeInstanceOf(StandInFrame);
  });

  it('frees every texture for the next frame: none is left marked in use', () => {
    const { map } = kept();
    map.setTerrain({ source: 'terrain' });
    map.drawTerrain(4);
    map.pool()?.useObject(map.pool()!._objects[0]!);
    map.setTerrain(null);
    map.setTerrain({ source: 'terrain' });
    expect(map.pool()?._objects.every((object) => !object.inUse)).toBe(true);
  });

  it("keeps MapLibre's own pool for a terrain of another tile size, and frees the old one", () => {
    const { map } = kept();
    map.setTerrain({ source: 'terrain' });
    map.drawTerrain(3);
    const old = map.pool();
    map.setTerrain(null);
    map.setTerrain({ source: 'coarse' });
    expect(map.pool()).not.toBe(old);
    expect(map.pool()?._tileSize).toBe(256);
    expect(old?.destroyed).toBe(true);
  });

  it('leaves the terrain that stays with its textures when MapLibre refuses a change', () => {
    const { map } = kept();
    map.setTerrain({ source: 'terrain' });
    map.drawTerrain(5);
    const pool = map.pool();
    expect(() => map.setTerrain({ source: 'nowhere' })).toThrow(/nowhere/);
    expect(map.pool()).toBe(pool);
    expect(pool?.destroyed).toBe(false);
    expect(map.terrain?._fbo).toBeInstanceOf(StandInFrame);
  });

  it("puts MapLibre's setTerrain back and frees what it kept", () => {
    const { map, undo } = kept();
    map.setTerrain({ source: 'terrain' });
    map.drawTerrain(2);
    const pool = map.pool();
    const frame = map.terrain?._fbo;
    map.setTerrain(null);
    undo();
    expect(pool?.destroyed).toBe(true);
    expect(frame?.destroyed).toBe(true);
    expect(map.setTerrain).toBe(StandInMap.prototype.setTerrain);
  });
});

describe('terrainTilesFor', () => {
  it('covers the tile counts measured on the plateau', () => {
    expect(terrainTilesFor(390, 370)).toBeGreaterThanOrEqual(6);
    expect(terrainTilesFor(767, 800)).toBeGreaterThanOrEqual(10);
    expect(terrainTilesFor(1151, 1080)).toBeGreaterThanOrEqual(17);
    // ... without holding many more than those.
    expect(terrainTilesFor(1151, 1080)).toBeLessThanOrEqual(19);
    expect(terrainTilesFor(390, 370)).toBeLessThanOrEqual(7);
  });
});

describe('prepareTerrainTextures', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('makes the textures the map needs, each once the GPU has made the last, then says so', () => {
    const { map } = kept();
    map.setTerrain({ source: 'warm-up-terrain' });
    map.drawTerrain(2);
    const gpu = fakeGpu();
    const done = vi.fn();
    prepareTerrainTextures(map as unknown as MaplibreMap, gpu.gl, done);
    const wanted = terrainTilesFor(767, 800);
    gpu.catchUp();
    vi.advanceTimersByTime(100);
    expect(map.pool()?._objects).toHaveLength(3);
    // The GPU is still busy with that texture: no next one yet.
    vi.advanceTimersByTime(1000);
    expect(map.pool()?._objects).toHaveLength(3);
    for (let made = 3; made < wanted; made += 1) {
      gpu.catchUp();
      vi.advanceTimersByTime(100);
    }
    expect(map.pool()?._objects).toHaveLength(wanted);
    expect(done).not.toHaveBeenCalled();
    gpu.catchUp();
    vi.runAllTimers();
    expect(map.pool()?._objects.every((object) => !object.inUse)).toBe(true);
    expect(done).toHaveBeenCalledOnce();
  });

  it('is done at once without terrain, and stops when cancelled', () => {
    const { map } = kept();
    const done = vi.fn();
    prepareTerrainTextures(map as unknown as MaplibreMap, null, done);
    vi.runAllTimers();
    expect(done).toHaveBeenCalledOnce();

    map.setTerrain({ source: 'terrain' });
    const never = vi.fn();
    const cancel = prepareTerrainTextures(map as unknown as MaplibreMap, null, never);
    vi.advanceTimersByTime(100);
    cancel();
    vi.runAllTimers();
    expect(map.pool()?._objects).toHaveLength(1);
    expect(never).not.toHaveBeenCalled();
  });
});
