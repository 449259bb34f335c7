'use client';

import { useMap } from '@vis.gl/react-maplibre';
import { useEffect } from 'react';

/** How long a lost WebGL context may take to come back before the story gives up on it. */
const RESTORE_WAIT_MS = 4_000;

/**
 * The GPU can take a page's WebGL context away (a driver reset, too many tabs). MapLibre
 * redraws when the browser gives it back; if that does not happen soon, the story switches to
 * its still pictures rather than leave a blank map in front of a class.
 */
export function ContextLossWatcher({ onGiveUp }: { readonly onGiveUp: () => void }) {
  const { current: mapRef } = useMap();
  const map = mapRef?.getMap();
  useEffect(() => {
    if (!map) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onLost = () => {
      clearTimeout(timer);
      timer = setTimeout(onGiveUp, RESTORE_WAIT_MS);
    };
    const onRestored = () => {
      clearTimeout(timer);
      map.triggerRepaint();
    };
    map.on('webglcontextlost', onLost);
    map.on('webglcontextrestored', onRestored);
    return () => {
      clearTimeout(timer);
      map.off('webglcontextlost', onLost);
      map.off('webglcontextrestored', onRestored);
    };
  }, [map, onGiveUp]);
  return null;
}
