import type { Map as MaplibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { TERRAIN_TINT_SOURCE } from '@/lib/map/layers/terrain';

/*
 * MapLibre (5.x) drapes the elevation tint over 3-D terrain by drawing it, tile by tile, into
 * textures it keeps until the tiles under it change. When an elevation tile arrives after its
 * neighbours, MapLibre fills in their borders from it, but keeps the textures drawn from the
 * borders before: the tint along those tile edges then depends on the order the tiles came in.
 * No reader can see it (3 of 255 at most), but the plateau's picture differed from its still
 * whenever the network or a busy machine reordered the tiles. These are the parts of MapLibre's
 * internals this module touches; a stand-in in the unit test follows the same shape.
 */

export interface DrapingInternals {
  /** `freeRtt()` with no tile is MapLibre's own "draw every draped texture again". */
  terrain: { tileManager?: { freeRtt?(): void } } | null;
  on: MaplibreMap['on'];
  off: MaplibreMap['off'];
  triggerRepaint(): void;
}

/**
 * From now on, each elevation tile of the tint that arrives has the terrain's draped textures
 * drawn again, from the borders it has just filled in. Returns the function that stops it.
 */
export function redrapeLateRelief(map: MaplibreMap): () => void {
  const internals = map as unknown as DrapingInternals;
  const onSourceData = (event: MapSourceDataEvent) => {
    if (event.sourceId !== TERRAIN_TINT_SOURCE || !event.tile) return;
    // MapLibre frees the arriving tile's own textures, not its neighbours'. Optional: an
    // upgrade that renamed these internals must not break tile loading.
    const terrainTiles = internals.terrain?.tileManager;
    if (!terrainTiles?.freeRtt) return;
    terrainTiles.freeRtt();
    internals.triggerRepaint();
  };
  internals.on('sourcedata', onSourceData);
  return () => internals.off('sourcedata', onSourceData);
}
