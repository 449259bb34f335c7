import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { whenIdle } from '@/lib/dom/when-idle';
import { prepareTerrainTextures } from './keep-terrain-textures';

/**
 * What the map prepares while the reader is on the first screen, in this order: deck.gl's
 * layer kinds with the style's twins, flat; then the twins again over terrain; then, still on
 * terrain, the textures terrain draws into at this map's size (`keepTerrainTextures` keeps
 * them for the plateau).
 */
const PHASES = ['waiting', 'flat', 'terrain', 'textures', 'done'] as const;
export type WarmUpPhase = (typeof PHASES)[number];

export interface WarmUp {
  readonly phase: WarmUpPhase;
  /**
   * Whether deck.gl draws its warm-up layers (`buildWarmUpLayers`): from the 'flat' phase on,
   * and then kept, so their shaders stay linked.
   */
  readonly drawDeckLayers: boolean;
  /** Whether the style's warm-up twins are shown now. */
  readonly twins: boolean;
  /** Whether the map stands on the warm-up terrain now (flat, with no tiles to fetch). */
  readonly terrain: boolean;
}

/**
 * Prepares the shaders and draw states later scenes need, so that no scene change has to:
 * compiling one makes the page wait until the GPU has finished everything queued before it,
 * and mid-flight that is whole frames. Starts once `start` is true (the first scene has
 * settled and the GPU is idle); each phase ends when the map has drawn it and is idle, and the
 * next starts in the following idle period. `skipTerrain` leaves out the terrain phase, for a
 * map that already stands on terrain (its textures are then made on the real terrain).
 *
 * Two phases, not one per layer: a single shader of deck.gl's takes up to a second to link on
 * a software GPU, so smaller slices did not shorten the longest task, and the waits between
 * them tripled the time until the story was ready.
 */
export function useWarmUp(map: MaplibreMap | null, start: boolean, skipTerrain: boolean): WarmUp {
  const [index, setIndex] = useState(0);
  const phase = PHASES[index] ?? 'done';
  useEffect(() => {
    if (!map || !start || phase === 'done') return undefined;
    let cancel = () => undefined as void;
    const next = () => {
      cancel = whenIdle(() =>
        setIndex((current) => current + (PHASES[current + 1] === 'terrain' && skipTerrain ? 2 : 1)),
      );
    };
    if (phase === 'textures') {
      const stop = prepareTerrainTextures(map, next);
      return () => {
        stop();
        cancel();
      };
    }
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
    // On the map's element, for the bench and the browser tests to wait on.
    if (map) map.getContainer().dataset.warmUp = phase;
  }, [map, phase]);
  return {
    phase,
    drawDeckLayers: index >= PHASES.indexOf('flat'),
    twins: phase === 'flat' || phase === 'terrain',
    terrain: phase === 'terrain' || phase === 'textures',
  };
}
