import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_FONT } from './fonts';
import { PALETTE } from './palette';

/**
 * The base style's layers for the Gui'an close-ups: Guiyang's and Anshun's county-level
 * boundaries and names, the airports and the Guiyang–Anshun expressway. Hidden until a scene
 * shows them, as every layer the story manages.
 */

/**
 * From this zoom on, each division is named inside the close-ups' frame (`view: 'close'` in
 * district-labels.json) instead of at its whole area's label point, which lies out of view. A
 * whole number, as MapLibre reads a layer's zoom range.
 */
export const DISTRICT_CLOSE_ZOOM = 11;

/** District names: the area names of the base map, in spaced capitals, under the symbols. */
export const DISTRICT_LABEL_SIZE = 11;
export const DISTRICT_LABEL_SPACING = 0.1;
/** How far a district's name may move above or below its point, in ems, to find room. */
export const DISTRICT_LABEL_SHIFT = 1.2;
/** Boundary widths in pixels: the two cities' outer edge, where the prefecture boundary runs, is wider. */
export const DISTRICT_LINE_WIDTH = { inner: 0.8, outer: 1.6 } as const;
export const CORRIDOR_WIDTH = 3;
/** Dashes of the schematic expressway, in line widths as MapLibre counts them. */
export const CORRIDOR_DASHES: readonly [number, number] = [2, 1.2];
export const AIRPORT_RADIUS = 5;
export const AIRPORT_RING = 2.5;

const hidden = { visibility: 'none' } as const;
const AIRPORTS: ExpressionSpecification = ['==', ['get', 'kind'], 'airport'];
const CORRIDORS: ExpressionSpecification = ['==', ['get', 'kind'], 'corridor'];

const districtLabels = (id: string, view: 'region' | 'close'): LayerSpecification => ({
  id,
  type: 'symbol',
  source: 'districtLabels',
  filter: ['==', ['get', 'view'], view],
  ...(view === 'close' ? { minzoom: DISTRICT_CLOSE_ZOOM } : { maxzoom: DISTRICT_CLOSE_ZOOM }),
  layout: {
    ...hidden,
    'text-field': ['get', 'name'],
    'text-font': [MAP_FONT],
    'text-size': DISTRICT_LABEL_SIZE,
    'text-transform': 'uppercase',
    'text-letter-spacing': DISTRICT_LABEL_SPACING,
    'text-padding': 4,
    // Off its point rather than not at all: Nanming's is beside Guiyang's airport.
    'text-variable-anchor': ['center', 'bottom', 'top', 'right', 'left'],
    'text-radial-offset': DISTRICT_LABEL_SHIFT,
  },
  paint: {
    'text-color': PALETTE.labelMuted,
    'text-halo-color': PALETTE.halo,
    'text-halo-width': 1.4,
  },
});

/** Lines drawn with the base map's geography, under the story's symbols. */
export const GUIAN_LINE_LAYERS: LayerSpecification[] = [
  {
    id: 'district-lines',
    type: 'line',
    source: 'districtLines',
    layout: { ...hidden, 'line-join': 'round' },
    paint: {
      'line-color': PALETTE.districtLine,
      'line-width': [
        'case',
        ['==', ['get', 'outer'], true],
        DISTRICT_LINE_WIDTH.outer,
        DISTRICT_LINE_WIDTH.inner,
      ],
    },
  },
  {
    id: 'corridor-line',
    type: 'line',
    source: 'transport',
    filter: CORRIDORS,
    layout: { ...hidden, 'line-join': 'round' },
    paint: {
      'line-color': PALETTE.corridor,
      'line-width': CORRIDOR_WIDTH,
      'line-dasharray': [...CORRIDOR_DASHES],
    },
  },
];

/** District names: below deck.gl's symbols, so a site's name is never hidden by an area's. */
export const DISTRICT_LABEL_LAYERS: LayerSpecification[] = [
  districtLabels('district-labels', 'region'),
  districtLabels('district-labels-close', 'close'),
];

/** Airports: a ring, unlike a city's dot, and the name beside it where there is room. */
export const AIRPORT_LAYERS: LayerSpecification[] = [
  {
    id: 'airport-dot',
    type: 'circle',
    source: 'transport',
    filter: AIRPORTS,
    layout: hidden,
    paint: {
      'circle-radius': AIRPORT_RADIUS,
      'circle-color': PALETTE.halo,
      'circle-stroke-color': PALETTE.airport,
      'circle-stroke-width': AIRPORT_RING,
    },
  },
  {
    id: 'airport-label',
    type: 'symbol',
    source: 'transport',
    filter: AIRPORTS,
    layout: {
      ...hidden,
      'text-field': ['get', 'mapLabel'],
      'text-font': [MAP_FONT],
      'text-size': 12,
      // Left of the ring first, then below: to its right lies the frame's edge, on a phone
      // within a label's width. Nanming's name, beside it, moves out of the way.
      'text-variable-anchor': ['right', 'top', 'bottom', 'left'],
      'text-radial-offset': 0.7,
    },
    paint: {
      'text-color': PALETTE.airport,
      'text-halo-color': PALETTE.halo,
      'text-halo-width': 1.4,
    },
  },
];
