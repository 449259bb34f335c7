'use client';

import { useMap } from '@vis.gl/react-maplibre';
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { LOADED_SOURCES, TERRAIN_SOURCE, type LoadedSourceId } from '@/lib/map/base-style';
import type { DatasetId } from '@/lib/map/datasets';
import { MANAGED_STYLE_LAYERS } from '@/lib/map/layers';
import type { LoadedData } from '@/lib/map/load-dataset';
import { showWarmUpTwins } from './show-warm-up-twins';
import type { WarmUpTwins } from './use-warm-up';

/** 3-D relief: ETOPO5's 9 km cells are gentle, so heights are doubled to read at province scale. */
const TERRAIN_EXAGGERATION = 2;

interface StyleControllerProps {
  readonly visibleLayers: ReadonlySet<string>;
  /** The raster-dem source the map stands on, or null for a flat map. */
  readonly terrain: string | null;
  /** Which of the warm-up twins are shown (`useWarmUp`). */
  readonly twins: WarmUpTwins;
  /** The data files for the style's sources (`useGivenToStyle`), each handed over once. */
  readonly given: ReadonlySet<LoadedSourceId>;
  readonly data: LoadedData;
}

/** Whether a data file feeds a source of the base style (rather than a deck.gl layer). */
export function isStyleSource(id: DatasetId): id is LoadedSourceId {
  return (LOADED_SOURCES as readonly string[]).includes(id);
}

/** The base style's sources for our data files, read from the map once its style has loaded. */
export function styleSourcesOf(map: MaplibreMap): ReadonlySet<LoadedSourceId> {
  return new Set(LOADED_SOURCES.filter((id) => map.getSource(id) !== undefined));
}

/**
 * The data files the style's sources hold: every arrived file whose source the loaded style
 * has (`styleSourcesOf`; none before it has loaded). Derived in the render, not reported back
 * by the controller, which hands each file over in the commit of the first render that counts
 * it: an arriving file costs one render. The same set until a style's file arrives, so a file
 * for deck.gl does not set the layers' visibility again (nor make MapLibre repaint).
 */
export function useGivenToStyle(
  data: LoadedData,
  sources: ReadonlySet<LoadedSourceId> | null,
): ReadonlySet<LoadedSourceId> {
  const ids = sources ? LOADED_SOURCES.filter((id) => sources.has(id) && data.has(id)) : [];
  const key = ids.join(' ');
  return useMemo(() => {
    const named = key.split(' ');
    return new Set(LOADED_SOURCES.filter((id) => named.includes(id)));
  }, [key]);
}

/**
 * Applies a scene to the base style: every managed layer shown or hidden (complete state,
 * never "undo the last step"), terrain on or off, and each data file handed to its source once.
 * Mounted once the style has loaded (`styleSourcesOf`), so its first effects find every layer.
 */
export function StyleController({
  visibleLayers,
  terrain,
  twins,
  given,
  data,
}: StyleControllerProps) {
  const { current: mapRef } = useMap();
  const map = mapRef?.getMap();
  const handedOver = useRef(new Set<DatasetId>());

  // Before the layers' visibility below: a layer that waits for its file (the river names) is
  // shown in the same commit its file is given.
  useEffect(() => {
    if (!map) return;
    for (const id of given) {
      const collection = data.get(id);
      const source = map.getSource<GeoJSONSource>(id);
      if (handedOver.current.has(id) || !collection || !source) continue;
      source.setData(collection);
      handedOver.current.add(id);
    }
  }, [map, given, data]);

  useEffect(() => {
    if (!map) return;
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
  }, [map, visibleLayers, terrain]);

  useEffect(() => {
    if (!map) return;
    showWarmUpTwins(map, twins);
  }, [map, twins]);

  return null;
}
