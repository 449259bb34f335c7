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
 * browser gives it back, MapLibre can redraw its own layers but not deck.gl's (it says it
 * cannot restore a custom layer), so the owner builds a new map. If the context does not come
 * back soon, the story switches to its still pictures rather than leave a blank map in front of
 * a class.
 */
export function ContextLossWatcher({ onGiveUp, onRestored }: ContextLossWatcherProps) {
  const { current: mapRef } = useMap();
  const map = mapRef?.getMap();
  useEffect(() => {
    if (!map) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onLost = () => {
      clearTimeout(timer);
      timer = setTimeout(onGiveUp, RESTORE_WAIT_MS);
    };
    const onBack = () => {
      clearTimeout(timer);
      onRestored();
    };
    map.on('webglcontextlost', onLost);
    map.on('webglcontextrestored', onBack);
    return () => {
      clearTimeout(timer);
      map.off('webglcontextlost', onLost);
      map.off('webglcontextrestored', onBack);
    };
  }, [map, onGiveUp, onRestored]);
  return null;
}
