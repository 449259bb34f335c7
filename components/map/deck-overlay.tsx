'use client';

import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import { useControl } from '@vis.gl/react-maplibre';

/**
 * deck.gl joins the MapLibre map as a control, interleaved so its layers sit between the base
 * map's geography and its labels. Created once; new layers are handed over on every render.
 */
export function DeckOverlay(props: MapboxOverlayProps) {
  const overlay = useControl<MapboxOverlay>(() => new MapboxOverlay(props));
  overlay.setProps(props);
  return null;
}
