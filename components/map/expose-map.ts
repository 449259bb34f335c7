import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Puts the live map on `window.storyMap` so browser tests can ask MapLibre and deck.gl what
 * they actually drew (rendered features; deck's picking, through the overlay's `__deck`) and
 * follow the camera event by event: the reader's DOM shows neither. Nothing in the app reads it.
 */
export function exposeMap(map: MaplibreMap): void {
  Object.assign(window, { storyMap: map });
}
