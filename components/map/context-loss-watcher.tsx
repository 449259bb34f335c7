'use client';

import { useMap } from '@vis.gl/react-maplibre';
import { useEffect } from 'react';

/** How long a lost WebGL context may take to come back before the story gives up on it. */
const RESTORE_WAIT_MS = 4_000;

interface ContextLossWatcherProps {
  /** The context did not come back in time. */
  readonly onGiveUp: () => void;
  /** The context came back: the map must be built again on it. */
  readonly onRestored: () => void;
}

/**
 * The GPU can take a page's WebGL context away (a driver reset, too many tabs). When the
 * browser gives it back, MapLibre can redraw its own layers but not deck.gl's, so the owner
 * builds a new map (deck.gl's overlay already left the old one with the context, `DeckOverlay`).
 * The restore is caught on its way down to the canvas, before MapLibre's own handler: left to
 * it, the old map would load its whole style again on the fresh context, only to be replaced.
 * If the context does not come back soon, the story switches to its still pictures rather than
 * leave a blank map before a class.
 */
export function ContextLossWatcher({ onGiveUp, onRestored }: ContextLossWatcherProps) {
  const { current: mapRef } = useMap();
  const map = mapRef?.getMap();
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const canvas = map.getCanvas();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onLost = () => {
      clearTimeout(timer);
      timer = setTimeout(onGiveUp, RESTORE_WAIT_MS);
    };
    const onBack = (event: Event) => {
      if (event.target !== canvas) return;
      event.stopPropagation();
      clearTimeout(timer);
      onRestored();
    };
    map.on('webglcontextlost', onLost);
    // Capture on the container runs before any listener on the canvas itself.
    container.addEventListener('webglcontextrestored', onBack, { capture: true });
    return () => {
      clearTimeout(timer);
      map.off('webglcontextlost', onLost);
      container.removeEventListener('webglcontextrestored', onBack, { capture: true });
    };
  }, [map, onGiveUp, onRestored]);
  return null;
}
