import type { RasterDEMSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { BASE_LABELS, GUIZHOU_LABEL } from './base-labels';
import { BASE_LAYERS, TERRAIN_TINT_SOURCE } from './base-layers';
import {
  TERRAIN_BOUNDS,
  TERRAIN_MAX_ZOOM,
  TERRAIN_MIN_ZOOM,
  TERRAIN_TILES,
  dataUrl,
} from './datasets';
import { RIVER_NAME_ANCHORS, RIVER_NAMES_SOURCE } from './river-names';

/** Sources filled by the map's data loader when a scene first needs them (see `setData`). */
export const LOADED_SOURCES = [
  'countries',
  'provinces',
  'guizhou',
  'prefectures',
  'prefectureLabels',
  'rivers',
  'places',
] as const;
export type LoadedSourceId = (typeof LOADED_SOURCES)[number];

export const TERRAIN_SOURCE = 'terrain';

/** Our elevation tiles (ETOPO5, zooms 3 to 5) as a MapLibre DEM source. */
function elevationSource(origin: string): RasterDEMSourceSpecification {
  return {
    type: 'raster-dem',
    tiles: [dataUrl(TERRAIN_TILES, origin)],
    encoding: 'terrarium',
    tileSize: 256,
    minzoom: TERRAIN_MIN_ZOOM,
    maxzoom: TERRAIN_MAX_ZOOM,
    bounds: [...TERRAIN_BOUNDS],
    attribution: 'Elevation: ETOPO5, NOAA',
  };
}

/**
 * Our own base map: no tile server, no token, no glyph server. GeoJSON sources start empty
 * and are filled when a scene needs them, so the first screen downloads only what it shows.
 */
export function buildBaseStyle(origin: string): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    [TERRAIN_SOURCE]: elevationSource(origin),
    [TERRAIN_TINT_SOURCE]: elevationSource(origin),
    'base-labels': { type: 'geojson', data: BASE_LABELS },
    'guizhou-label': { type: 'geojson', data: GUIZHOU_LABEL },
    [RIVER_NAMES_SOURCE]: { type: 'geojson', data: RIVER_NAME_ANCHORS },
  };
  for (const id of LOADED_SOURCES) {
    sources[id] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  }
  const countries = sources.countries;
  if (countries?.type === 'geojson') countries.attribution = 'Natural Earth';
  return { version: 8, name: 'Guizhou story base map', sources, layers: BASE_LAYERS };
}
