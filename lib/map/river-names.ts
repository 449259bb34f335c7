import type { FeatureCollection, Point } from 'geojson';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_FONT } from './fonts';
import { PALETTE } from './palette';

/** The river names' layers in the base style: those of every view, and of close ones. */
export const RIVER_LABELS_ID = 'rivers-label';
export const RIVER_CLOSE_LABELS_ID = 'rivers-label-close';
/** The source of the river names' anchors, built into the style. */
export const RIVER_NAMES_SOURCE = 'river-names';

/** Which side of its river a name is written on, in the name's own frame. */
export type RiverNameSide = 'above' | 'below';

/**
 * Below this zoom a name marked `close` is not written: in the south-west the Nanpan's and the
 * Hongshui's names and the Tianshengqiao stations' share too little room on a phone. A whole
 * number, as it was when a single layer read it per feature, at the tile's whole zoom.
 */
export const RIVER_NAME_CLOSE_ZOOM = 6;
/**
 * Below this zoom no river is named: a phone's view of the whole grid (zoom 4.5) has no room
 * between the province's name and the rivers' for both.
 */
export const RIVER_NAME_MIN_ZOOM = 5;

/**
 * Where each named river's name is written: a point on the river (within 3 km of its drawn
 * line), the angle of the river there (degrees clockwise from east, as MapLibre's
 * `text-rotate`), the side of the line clear of the stations and their names, and whether the
 * name waits for a close view (RIVER_NAME_CLOSE_ZOOM). Placed by
 * eye: in the gorges a river turns every few kilometres, and MapLibre finds no stretch straight
 * enough to write a name along it at these zooms.
 */
const RIVER_NAMES: readonly (readonly [string, number, number, number, RiverNameSide, boolean])[] =
  [
    ['Wu', 106.98, 27.36, 0, 'above', false],
    ['Beipan', 105.7, 25.62, 42, 'below', false],
    ['Nanpan', 105.72, 24.76, 17, 'below', false],
    ['Hongshui', 106.8, 25.18, -10, 'above', true],
    ['Qingshui', 108.8, 26.61, 10, 'below', false],
  ];

export const RIVER_NAME_ANCHORS: FeatureCollection<
  Point,
  { name: string; angle: number; side: RiverNameSide; close: boolean }
> = {
  type: 'FeatureCollection',
  features: RIVER_NAMES.map(([name, lon, lat, angle, side, close]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, angle, side, close },
  })),
};

/** A river-names layer: the names marked close, or the others, written from `fromZoom` on. */
function riverNames(id: string, close: boolean, fromZoom: number): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    // Hand-placed on each river, turned to its course (see RIVER_NAME_ANCHORS above).
    source: RIVER_NAMES_SOURCE,
    filter: ['==', ['get', 'close'], close],
    layout: {
      visibility: 'none',
      'text-rotate': ['get', 'angle'],
      'text-rotation-alignment': 'map',
      // Placed by hand clear of one another: MapLibre measures a turned name by its upright
      // box, which would hide the Nanpan's name behind the Beipan's on a phone.
      'text-allow-overlap': true,
      // Beside the river, not over it or the stations on it.
      'text-offset': [
        'match',
        ['get', 'side'],
        'below',
        ['literal', [0, 0.9]],
        ['literal', [0, -0.9]],
      ],
      'text-field': ['concat', ['get', 'name'], ' River'],
      'text-font': [MAP_FONT],
      'text-size': 12,
      'text-letter-spacing': 0.05,
    },
    paint: {
      'text-color': PALETTE.river,
      'text-halo-color': PALETTE.halo,
      'text-halo-width': 1.5,
      'text-opacity': ['step', ['zoom'], 0, fromZoom, 1],
    },
  };
}

/**
 * The river names, each at its anchor, turned to its river's course: no names in the widest
 * views, the names marked close only in close ones. Two layers, each of one opacity at a zoom
 * (see "one shader a kind of layer" in layers/style-parts.ts). Hidden until a scene that shows
 * rivers turns them on, as every layer the story manages.
 */
export const RIVER_NAMES_LAYERS: readonly SymbolLayerSpecification[] = [
  riverNames(RIVER_LABELS_ID, false, RIVER_NAME_MIN_ZOOM),
  riverNames(RIVER_CLOSE_LABELS_ID, true, RIVER_NAME_CLOSE_ZOOM),
];
