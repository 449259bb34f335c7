import type {
  RasterDEMSourceSpecification,
  RasterSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { BASE_LABELS, GUIZHOU_LABEL } from './base-labels';
import { BASE_LAYERS } from './base-layers';
import {
  RELIEF_TILES,
  TERRAIN_BOUNDS,
  TERRAIN_MAX_ZOOM,
  TERRAIN_MIN_ZOOM,
  TERRAIN_TILES,
  dataUrl,
} from './datasets';
import { MANAGED_STYLE_LAYERS } from './layers';
import { TERRAIN_TINT_SOURCE } from './layers/terrain';
import { RIVER_NAME_ANCHORS, RIVER_NAMES_SOURCE } from './river-names';
import {
  WARM_UP_RELIEF_BOUNDS,
  WARM_UP_RELIEF_SOURCE,
  WARM_UP_SOURCE,
  WARM_UP_SOURCE_SPEC,
  warmUpLayers,
  warmUpTwinShownPaint,
} from './warm-up-style';

/** Sources filled by the map's data loader when a scene first needs them (see `setData`). */
export const LOADED_SOURCES = [
  'countries',
  'provinces',
  'guizhou',
  'prefectures',
  'prefectureLabels',
  'districtLines',
  'districtLabels',
  'rivers',
  'urbanAreas',
  'places',
  'transport',
] as const;
export type LoadedSourceId = (typeof LOADED_SOURCES)[number];

export const TERRAIN_SOURCE = 'terrain';
/**
 * Terrain for the warm-up (`useWarmUp`): our tiles' address, bounded to a patch of ocean far
 * from any scene, so it never fetches a tile and stands flat; it only makes MapLibre prepare
 * its terrain shaders and buffers.
 */
export const WARM_UP_TERRAIN_SOURCE = 'warm-up-terrain';
const NOWHERE: [number, number, number, number] = [-30, -1, -29, 0];

type Bounds = [number, number, number, number];

/** Where a set of our tiles is (ETOPO5's, zooms 3 to 5), and where MapLibre may ask for it. */
function tilesOf(file: string, origin: string, bounds: Bounds) {
  return {
    tiles: [dataUrl(file, origin)],
    tileSize: 256,
    minzoom: TERRAIN_MIN_ZOOM,
    maxzoom: TERRAIN_MAX_ZOOM,
    bounds,
  };
}

/** Our elevation tiles as a MapLibre DEM source. */
function elevationSource(
  origin: string,
  bounds: Bounds = [...TERRAIN_BOUNDS],
): RasterDEMSourceSpecification {
  return {
    type: 'raster-dem',
    encoding: 'terrarium',
    attribution: 'Elevation: ETOPO5, NOAA',
    ...tilesOf(TERRAIN_TILES, origin, bounds),
  };
}

/** The same tiles tinted by height, as a raster source: the plateau's tint. */
function reliefSource(
  origin: string,
  bounds: Bounds = [...TERRAIN_BOUNDS],
): RasterSourceSpecification {
  return { type: 'raster', ...tilesOf(RELIEF_TILES, origin, bounds) };
}

/** The warm-up twins of the layers scenes show and hide (see `warm-up-style`). */
const WARM_UP_LAYERS = warmUpLayers(BASE_LAYERS, new Set(MANAGED_STYLE_LAYERS));
export const WARM_UP_LAYER_IDS: readonly string[] = WARM_UP_LAYERS.map((layer) => layer.id);
/** How each twin is shown: the paint it takes (`warmUpTwinShownPaint`), by its id. */
export const WARM_UP_SHOWN_PAINT: ReadonlyMap<string, Record<string, number>> = new Map(
  WARM_UP_LAYERS.map((twin) => [twin.id, warmUpTwinShownPaint(twin)]),
);
/**
 * The twins are drawn first, straight over the sea: a twin's first shader is compiled in the
 * middle of a frame, and asking whether it compiled makes the page wait for every draw queued
 * before it. Drawn on top, they waited for the whole map (at 1280x800 the colour relief the
 * plateau once had took 339 ms to compile instead of 171).
 */
const [BACKGROUND, ...OVER_THE_SEA] = BASE_LAYERS;
const STYLE_LAYERS = [...(BACKGROUND ? [BACKGROUND] : []), ...WARM_UP_LAYERS, ...OVER_THE_SEA];

/**
 * Our own base map: no tile server, no token, no glyph server. GeoJSON sources start empty
 * and are filled when a scene needs them, so the first screen downloads only what it shows
 * (and, for the warm-up, one tile of the tint).
 */
export function buildBaseStyle(origin: string): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    [TERRAIN_SOURCE]: elevationSource(origin),
    [TERRAIN_TINT_SOURCE]: reliefSource(origin),
    [WARM_UP_TERRAIN_SOURCE]: elevationSource(origin, NOWHERE),
    [WARM_UP_RELIEF_SOURCE]: reliefSource(origin, WARM_UP_RELIEF_BOUNDS),
    'base-labels': { type: 'geojson', data: BASE_LABELS },
    'guizhou-label': { type: 'geojson', data: GUIZHOU_LABEL },
    [RIVER_NAMES_SOURCE]: { type: 'geojson', data: RIVER_NAME_ANCHORS },
    [WARM_UP_SOURCE]: WARM_UP_SOURCE_SPEC,
  };
  for (const id of LOADED_SOURCES) {
    sources[id] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  }
  const countries = sources.countries;
  if (countries?.type === 'geojson') countries.attribution = 'Natural Earth';
  return { version: 8, name: 'Guizhou story base map', sources, layers: STYLE_LAYERS };
}
