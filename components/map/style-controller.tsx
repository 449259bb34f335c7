'use client';

import { useMap } from '@vis.gl/react-maplibre';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import {
  LOADED_SOURCES,
  TERRAIN_SOURCE,
  WARM_UP_LAYER_IDS,
  type LoadedSourceId,
} from '@/lib/map/base-style';
import type { DatasetId } from '@/lib/map/datasets';
import { MANAGED_STYLE_LAYERS } from '@/lib/map/layers';
import type { LoadedData } from '@/lib/map/load-dataset';

/** 3-D relief: ETOPO5's 9 km cells are gentle, so heights are doubled to read at province scale. */
const TERRAIN_EXAGGERATION = 2;

interface StyleControllerProps {
  readonly visibleLayers: ReadonlySet<string>;
  /** The raster-dem source the map stands on, or null for a flat map. */
  readonly terrain: string | null;
  /** Whether the warm-up twins are shown (`useWarmUp`). */
  readonly twins: boolean;
  readonly data: LoadedData;
  /** Called with the data files handed to the base style's sources so far. */
  readonly onApplied: (applied: ReadonlySet<DatasetId>) => void;
}

/** Whether a data file feeds a source of the base style (rather than a deck.gl layer). */
export function isStyleSource(id: DatasetId): id is LoadedSourceId {
  return (LOADED_SOURCES as readonly string[]).includes(id);
}

/**
 * Applies a scene to the base style: every managed layer shown or hidden (complete state,
 * never "undo the last step"), terrain on or off, and each data file handed to its source once.
 */
export function StyleController({
  visibleLayers,
  terrain,
  twins,
  data,
  onApplied,
}: StyleControllerProps) {
  const { current: mapRef } = useMap();
  const map = mapRef?.getMap();
  const given = useRef(new Set<DatasetId>());
  const [styleReady, setStyleReady] = useState(() => map?.isStyleLoaded() === true);

  useEffect(() => {
    if (!map || styleReady) return;
    const onLoad = () => setStyleReady(true);
    if (map.isStyleLoaded()) onLoad();
    map.on('load', onLoad);
    return () => {
      map.off('load', onLoad);
    };
  }, [map, styleReady]);

  useEffect(() => {
    if (!map || !styleReady) return;
    const before = given.current.size;
    for (const [id, collection] of data) {
      if (given.current.has(id) || !isStyleSource(id)) continue;
      const source = map.getSource<GeoJSONSource>(id);
      if (!source) continue;
      source.setData(collection);
      given.current.add(id);
    }
    if (given.current.size !== before) onApplied(new Set(given.current));
  }, [map, styleReady, data, onApplied]);

  useEffect(() => {
    if (!map || !styleReady) return;
    for (const layer of MANAGED_STYLE_LAYERS) {
      if (!map.getLayer(layer)) continue;
      map.setLayoutProperty(layer, 'visibility', visibleLayers.has(layer) ? 'visible' : 'none');
    }
    const current = map.getTerrain()?.source ?? null;
    // Another base style (NEXT_PUBLIC_MAP_STYLE_URL) may have no terrain source of ours.
    const turnOn = terrain !== null && terrain !== current && map.getSource(terrain) !== undefined;
    if (turnOn) map.setTerrain({ source: terrain, exaggeration: TERRAIN_EXAGGERATION });
    if (terrain === null && current !== null) map.setTerrain(null);
    if (turnOn && terrain === TERRAIN_SOURCE) {
      // MapLibre lifts circles and labels onto the terrain when the camera moves; if the
      // elevation tiles arrive after the last move (always so after a jump), they stay drawn
      // hidden under the ground. One imperceptible move once everything has loaded lifts them.
      map.once('idle', () => map.jumpTo({ zoom: map.getZoom() + 1e-6 }));
    }
  }, [map, styleReady, visibleLayers, terrain]);

  useEffect(() => {
    if (!map || !styleReady) return;
    for (const layer of WARM_UP_LAYER_IDS) {
      if (!map.getLayer(layer)) continue;
      map.setLayoutProperty(layer, 'visibility', twins ? 'visible' : 'none');
    }
  }, [map, styleReady, twins]);

  return null;
}
