'use client';

import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import { useControl, useMap } from '@vis.gl/react-maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { restDeckWhenIdle, type RestingDeck } from './rest-deck-when-idle';

/** The Deck a MapboxOverlay makes when it joins the map (deck.gl keeps it private). */
function deckOf(overlay: MapboxOverlay): RestingDeck | undefined {
  return (overlay as unknown as { _deck?: RestingDeck })._deck;
}

interface DeckOverlayProps extends MapboxOverlayProps {
  /** Whether deck.gl's own animation loop rests while the map is idle (`restDeckWhenIdle`). */
  readonly restWhenIdle: boolean;
}

/**
 * deck.gl joins the MapLibre map as a control, interleaved so its layers sit between the base
 * map's geography and its labels. Created once; new layers are handed over on every render.
 */
export function DeckOverlay({ restWhenIdle, ...props }: DeckOverlayProps) {
  const overlay = useControl<MapboxOverlay>(() => new MapboxOverlay(props));
  overlay.setProps(props);
  const map = useMap().current?.getMap();
  const wake = useRef<() => void>(() => undefined);
  useEffect(() => {
    const deck = deckOf(overlay);
    if (!map || !deck || !restWhenIdle) return undefined;
    const resting = restDeckWhenIdle(map, deck);
    wake.current = resting.wake;
    return () => {
      wake.current = () => undefined;
      resting.stop();
    };
  }, [map, overlay, restWhenIdle]);
  useEffect(() => (map ? leaveWithTheContext(map, overlay) : undefined), [map, overlay]);
  // New props may be new layers for deck.gl to draw: its loop must be running to notice.
  useEffect(() => wake.current());
  return null;
}

/**
 * deck.gl's layers and GL objects cannot outlive a lost WebGL context (the map is built again
 * with a new overlay if it comes back). The overlay leaves the map as soon as the context is
 * lost, caught on its way down to the canvas before MapLibre's own handler: its objects are then
 * released on the dead context, where that is a no-op, rather than on a restored one, where each
 * is a WebGL error; and MapLibre no longer holds layers it would warn it cannot restore.
 */
function leaveWithTheContext(map: MaplibreMap, overlay: MapboxOverlay): () => void {
  const container = map.getContainer();
  const canvas = map.getCanvas();
  const onLost = (event: Event) => {
    if (event.target === canvas && map.hasControl(overlay)) map.removeControl(overlay);
  };
  // Capture on the container runs before any listener on the canvas itself.
  container.addEventListener('webglcontextlost', onLost, { capture: true });
  return () => container.removeEventListener('webglcontextlost', onLost, { capture: true });
}
