import type { Map as MaplibreMap } from 'maplibre-gl';
import { whenGpuAndPageIdle } from '@/lib/map/when-gpu-done';

/*
 * MapLibre (5.x) draws 3-D terrain by first drawing each terrain tile's flat layers into a
 * texture of its own, from a pool, and reads depth and coordinates through a framebuffer as big
 * as the map. It makes all of them again each time terrain is switched on, and deletes them when
 * it is switched off. Each new framebuffer is checked for completeness, and that check makes the
 * page wait until the GPU has finished everything queued before it: entering the plateau cost
 * the longest task of a scroll (over half a second on a software GPU). These are the parts of
 * MapLibre's internals that the functions below keep and prepare; a stand-in in the unit tests
 * follows the same shape.
 */

interface PoolObject {
  inUse: boolean;
}

/** MapLibre's RenderPool. */
export interface TexturePool {
  readonly _size: number;
  readonly _tileSize: number;
  readonly _objects: readonly PoolObject[];
  getOrCreateFreeObject(): PoolObject;
  useObject(object: PoolObject): void;
  freeAllObjects(): void;
  destruct(): void;
}

/** The map-sized framebuffer and its two textures, on MapLibre's Terrain. */
const FRAME_FIELDS = ['_fbo', '_fboCoordsTexture', '_fboDepthTexture'] as const;
type FrameField = (typeof FRAME_FIELDS)[number];
type Destroyable = { destroy(): void };
type KeptFrame = Record<FrameField, Destroyable | null | undefined>;

export interface TerrainInternals {
  painter: { renderToTexture: { pool: TexturePool } | null };
  terrain: Partial<KeptFrame> | null;
  setTerrain: MaplibreMap['setTerrain'];
  getCanvas(): { clientWidth: number; clientHeight: number };
}

interface Kept {
  pool: TexturePool | null;
  frame: KeptFrame | null;
}

/** Stands in for the pool while MapLibre destroys the old terrain, so the real one survives. */
const KEPT_ELSEWHERE = { destruct: () => undefined } as unknown as TexturePool;

function internalsOf(map: MaplibreMap): TerrainInternals {
  return map as unknown as TerrainInternals;
}

/** Takes the textures off the terrain that is on now, before MapLibre would delete them. */
function takeFrom(map: TerrainInternals, kept: Kept): void {
  const renderToTexture = map.painter.renderToTexture;
  if (renderToTexture && renderToTexture.pool !== KEPT_ELSEWHERE) {
    kept.pool = renderToTexture.pool;
    renderToTexture.pool = KEPT_ELSEWHERE;
  }
  const terrain = map.terrain;
  if (terrain && terrain._fbo) {
    kept.frame = {
      _fbo: terrain._fbo,
      _fboCoordsTexture: terrain._fboCoordsTexture,
      _fboDepthTexture: terrain._fboDepthTexture,
    };
    for (const field of FRAME_FIELDS) terrain[field] = null;
  }
}

/**
 * Gives the kept textures to the terrain MapLibre has just made, where they fit it; or back to
 * the terrain that stayed, if MapLibre refused the change.
 */
function giveTo(map: TerrainInternals, kept: Kept): void {
  const renderToTexture = map.painter.renderToTexture;
  // Terrain is off now: everything stays kept for the next time it is on.
  if (!renderToTexture) return;
  if (kept.pool) {
    const made = renderToTexture.pool;
    if (made === KEPT_ELSEWHERE || made._tileSize === kept.pool._tileSize) {
      if (made !== KEPT_ELSEWHERE) made.destruct();
      kept.pool.freeAllObjects();
      renderToTexture.pool = kept.pool;
    } else {
      // A pool of another tile size (another terrain source) cannot be used: MapLibre's stays.
      kept.pool.destruct();
    }
    kept.pool = null;
  }
  // The terrain makes the framebuffer again itself if the map has changed size since.
  if (kept.frame && map.terrain) {
    Object.assign(map.terrain, kept.frame);
    kept.frame = null;
  }
}

function release(kept: Kept): void {
  kept.pool?.destruct();
  for (const field of FRAME_FIELDS) kept.frame?.[field]?.destroy();
  kept.pool = null;
  kept.frame = null;
}

/**
 * Keeps terrain's textures and framebuffers for the map's life, from one time terrain is on to
 * the next, instead of MapLibre making them again each time (and making the page wait for the
 * GPU to check each one). The cost is GPU memory held while the map is flat: the pool's
 * textures (a few megabytes each) and one map-sized framebuffer. Returns a function that puts
 * MapLibre's own `setTerrain` back and frees what was kept.
 */
export function keepTerrainTextures(map: MaplibreMap): () => void {
  const internals = internalsOf(map);
  const original = internals.setTerrain;
  const kept: Kept = { pool: null, frame: null };
  internals.setTerrain = function setTerrain(this: unknown, options) {
    takeFrom(internals, kept);
    try {
      return original.call(map, options);
    } finally {
      giveTo(internals, kept);
    }
  };
  return () => {
    internals.setTerrain = original;
    release(kept);
  };
}

/** A line through the counts measured below: a few tiles at any size, one more per 0.1 MP. */
const TILE_AREA_PX = 100_000;
const TILES_AT_ANY_SIZE = 4.5;

/**
 * How many terrain tiles (and so pool textures) a map of this size draws on the plateau, with
 * room to spare: measured 6 at 390x370 CSS pixels, 10 at 767x800 and 17 at 1151x1080.
 */
export function terrainTilesFor(width: number, height: number): number {
  return Math.ceil(TILES_AT_ANY_SIZE + (width * height) / TILE_AREA_PX);
}

/** Adds one new texture to the pool, or says it has enough. */
function growPool(pool: TexturePool, wanted: number): boolean {
  if (pool._objects.length >= Math.min(wanted, pool._size)) return false;
  // The pool hands out its free textures first: hold them all, and the next one is new.
  const before = pool._objects.length;
  while (pool._objects.length === before) pool.useObject(pool.getOrCreateFreeObject());
  pool.freeAllObjects();
  return true;
}

/**
 * Makes, while the terrain is on, the pool textures the map needs over terrain at its size,
 * one at a time, each once the GPU (`gl`, the map's context) has finished the one before and
 * the page is idle: a new texture's framebuffer check waits for all the GPU's queued work.
 * Then calls `done`. Without terrain on there is no pool: `done` at once. Returns a function
 * that cancels what is not yet made.
 */
export function prepareTerrainTextures(
  map: MaplibreMap,
  gl: WebGL2RenderingContext | null,
  done: () => void,
): () => void {
  const internals = internalsOf(map);
  const canvas = internals.getCanvas();
  const wanted = terrainTilesFor(canvas.clientWidth, canvas.clientHeight);
  let cancel = () => undefined as void;
  const next = () => {
    const pool = internals.painter.renderToTexture?.pool;
    if (pool && pool !== KEPT_ELSEWHERE && growPool(pool, wanted))
      cancel = whenGpuAndPageIdle(gl, next);
    else done();
  };
  cancel = whenGpuAndPageIdle(gl, next);
  return () => cancel();
}
