import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { WARM_UP_KINDS } from '@/lib/map/warm-up-layers';
import { whenGpuAndPageIdle } from '@/lib/map/when-gpu-done';
import { prepareTerrainTextures } from './keep-terrain-textures';

/**
 * What the map prepares while the reader is on the first screen, in this order: deck.gl's
 * layer kinds, one a phase; the style's twins, flat; over terrain, the twins of the layers
 * scenes on terrain show; then, still on terrain, the textures terrain draws into at this
 * map's size (`keepTerrainTextures` keeps them for the plateau).
 */
const PHASES = ['waiting', ...WARM_UP_KINDS, 'flat', 'terrain', 'textures', 'done'] as const;
export type WarmUpPhase = (typeof PHASES)[number];
const FIRST_DECK_PHASE = PHASES.indexOf(WARM_UP_KINDS[0]);

/**
 * None; all of them; or only those of the layers scenes on terrain show; and, once the warm-up
 * is done, gone from the map. Over terrain each twin compiles shaders of its own, and once the
 * warm-up is done only the plateau stands on terrain. (A scene the reader reaches while the
 * warm-up stands the map on its own terrain compiles its layers' terrain shaders then.) The
 * tint's twin is shown flat too, as every twin is, though the tint is only drawn over terrain:
 * its flat program is never used, but a raster's takes a few milliseconds to compile.
 */
export type WarmUpTwins = 'none' | 'all' | 'on-terrain' | 'gone';

const TWINS_IN: Partial<Record<WarmUpPhase, WarmUpTwins>> = {
  flat: 'all',
  terrain: 'on-terrain',
  done: 'gone',
};

export interface WarmUp {
  readonly phase: WarmUpPhase;
  /**
   * How many of deck.gl's warm-up layers (`buildWarmUpLayers`) are drawn: one more in each of
   * their phases, then all, kept so that their shaders stay linked.
   */
  readonly deckLayers: number;
  /** Which of the style's warm-up twins are shown now. */
  readonly twins: WarmUpTwins;
  /** Whether the map stands on the warm-up terrain now (flat, with no tiles to fetch). */
  readonly terrain: boolean;
}

/**
 * Prepares the shaders and draw states later scenes need, so that no scene change has to:
 * compiling one makes the page wait until the GPU has finished everything queued before it,
 * and mid-flight that is whole frames. Starts once `start` is true (the first scene has
 * settled); each phase ends when the map has drawn it and is idle, and the next starts once
 * the GPU has finished the phase's work and then the page is idle (`whenGpuAndPageIdle`).
 * `skipTerrain` leaves out the terrain phase, for a map that already stands on terrain (its
 * textures are then made on the real terrain).
 *
 * Small phases, each on an idle GPU: a shader's status is asked for at once, and the page
 * waits for everything the GPU was still doing. One phase for all of deck.gl's kinds and the
 * style's twins made each wait include the ones before it (on a software GPU, tasks of up to
 * a second); one kind at a time, each task holds only its own shader's linking.
 */
export function useWarmUp(map: MaplibreMap | null, start: boolean, skipTerrain: boolean): WarmUp {
  const [index, setIndex] = useState(0);
  const phase = PHASES[index] ?? 'done';
  useEffect(() => {
    if (!map || !start || phase === 'done') return undefined;
    let cancel = () => undefined as void;
    // MapLibre's own context: deck.gl draws into it too (interleaved).
    const gl = map.getCanvas().getContext('webgl2');
    const advance = () =>
      setIndex((current) => current + (PHASES[current + 1] === 'terrain' && skipTerrain ? 2 : 1));
    // The textures phase, too, starts once the map is idle: the phase's change (the twins
    // hidden) is drawn first, or the first textures' checks wait for those frames (113 and
    // 175 ms at 721x1440 px). Its last texture is made, and `advance` called, once the GPU and
    // the page are idle.
    const next = () => {
      cancel =
        phase === 'textures'
          ? prepareTerrainTextures(map, gl, advance)
          : whenGpuAndPageIdle(gl, advance);
    };
    // This phase's change is on the map by now (the map's controllers are children, and their
    // effects ran first): the map draws it, loads what it needs, then says it is idle.
    map.once('idle', next);
    map.triggerRepaint();
    return () => {
      map.off('idle', next);
      cancel();
    };
  }, [map, start, phase, skipTerrain]);
  useEffect(() => {
    if (!map) return;
    // On the map's element, for the browser tests to wait on; and as a mark in the page's
    // timeline, for the bench to see how much of the warm-up a Lighthouse trace holds.
    map.getContainer().dataset.warmUp = phase;
    performance.mark(`warm-up:${phase}`);
  }, [map, phase]);
  return {
    phase,
    deckLayers: Math.max(0, Math.min(WARM_UP_KINDS.length, index - FIRST_DECK_PHASE + 1)),
    twins: TWINS_IN[phase] ?? 'none',
    terrain: phase === 'terrain' || phase === 'textures',
  };
}
