import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_FONT, MAP_FONT_BOLD } from './fonts';
import { GDP_FILL_COLOUR, GDP_PROPERTY } from './gdp-classes';
import { ELEVATION_RAMP, GUIZHOU_FILL_OPACITY, PALETTE } from './palette';
import { NEIGHBOUR_IDS, OUTSIDE_MAINLAND_IDS } from './province-groups';
import { AIRPORT_LAYERS, DISTRICT_LABEL_LAYERS, GUIAN_LINE_LAYERS } from './guian-layers';
import { RIVER_NAMES_LAYER } from './river-names';

/**
 * The base map's layers, bottom to top: sea, land, provinces, the elevation tint, rivers and
 * labels. The sources they draw from are set up in base-style.ts.
 */

/**
 * The same tiles as the 3-D terrain's, again for the elevation tint: MapLibre asks for separate
 * sources for terrain and colour relief, since terrain resamples its source's tiles for the mesh.
 */
export const TERRAIN_TINT_SOURCE = 'terrain-tint';
/**
 * Where deck.gl's layers go in the stack: above the geography and the river names, under the
 * other labels. A river name runs through the stations on it; their names, which the story
 * speaks of, should be the ones left legible.
 */
export const DECK_BEFORE_ID = 'prefectures-label';

const LABEL_HALO = {
  'text-color': PALETTE.label,
  'text-halo-color': PALETTE.halo,
  'text-halo-width': 1.4,
} as const;

/** Cities: Maotai has its own layer, Gui'an New Area is drawn as an area. */
const CITIES: ExpressionSpecification = [
  'in',
  ['get', 'kind'],
  ['literal', ['provincial-capital', 'city']],
];
const CAPITAL: ExpressionSpecification = ['==', ['get', 'kind'], 'provincial-capital'];

const MAINLAND: ExpressionSpecification = [
  '!',
  ['in', ['get', 'id'], ['literal', OUTSIDE_MAINLAND_IDS]],
];
const AUTONOMOUS: ExpressionSpecification = ['==', ['get', 'autonomous'], true];
const NEIGHBOURS: ExpressionSpecification = ['in', ['get', 'id'], ['literal', NEIGHBOUR_IDS]];

const elevationColour: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['elevation'],
  ...ELEVATION_RAMP.flat(),
];

/**
 * Layers the story shows or hides per scene start hidden; the map's layer controller sets
 * each one's visibility from the active scene every time.
 */
const hidden = { visibility: 'none' } as const;

export const BASE_LAYERS: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': PALETTE.sea } },
  {
    id: 'countries-fill',
    type: 'fill',
    source: 'countries',
    paint: { 'fill-color': PALETTE.land },
  },
  {
    id: 'china-fill',
    type: 'fill',
    source: 'provinces',
    paint: { 'fill-color': PALETTE.china },
  },
  {
    id: 'gdp-fill',
    type: 'fill',
    source: 'provinces',
    filter: ['has', GDP_PROPERTY],
    layout: hidden,
    paint: { 'fill-color': GDP_FILL_COLOUR },
  },
  {
    id: 'mainland-fill',
    type: 'fill',
    source: 'provinces',
    filter: MAINLAND,
    layout: hidden,
    paint: { 'fill-color': PALETTE.mainlandFill },
  },
  {
    id: 'terrain-tint',
    type: 'color-relief',
    source: TERRAIN_TINT_SOURCE,
    layout: hidden,
    paint: { 'color-relief-color': elevationColour, 'color-relief-opacity': 0.9 },
  },
  {
    id: 'neighbours-fill',
    type: 'fill',
    source: 'provinces',
    filter: NEIGHBOURS,
    layout: hidden,
    paint: { 'fill-color': PALETTE.neighbourFill },
  },
  {
    id: 'guizhou-fill',
    type: 'fill',
    source: 'guizhou',
    paint: { 'fill-color': PALETTE.guizhouFill, 'fill-opacity': GUIZHOU_FILL_OPACITY },
  },
  {
    id: 'autonomous-fill',
    type: 'fill',
    source: 'prefectures',
    filter: AUTONOMOUS,
    layout: hidden,
    paint: { 'fill-color': PALETTE.autonomousFill, 'fill-opacity': 0.85 },
  },
  {
    id: 'provinces-line',
    type: 'line',
    source: 'provinces',
    paint: { 'line-color': PALETTE.provinceLine, 'line-width': 0.7 },
  },
  {
    id: 'countries-line',
    type: 'line',
    source: 'countries',
    paint: { 'line-color': PALETTE.countryLine, 'line-width': 0.9 },
  },
  {
    id: 'prefectures-line',
    type: 'line',
    source: 'prefectures',
    layout: hidden,
    paint: { 'line-color': PALETTE.prefectureLine, 'line-width': 0.9, 'line-dasharray': [3, 2] },
  },
  {
    id: 'rivers-line',
    type: 'line',
    source: 'rivers',
    layout: { ...hidden, 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': PALETTE.river,
      'line-width': ['case', ['==', ['get', 'major'], true], 2.2, 0.8],
      'line-opacity': ['case', ['==', ['get', 'major'], true], 1, 0.55],
    },
  },
  {
    id: 'guizhou-line',
    type: 'line',
    source: 'guizhou',
    layout: { ...hidden, 'line-join': 'round' },
    paint: { 'line-color': PALETTE.guizhouLine, 'line-width': 2.2 },
  },
  ...GUIAN_LINE_LAYERS,
  RIVER_NAMES_LAYER,
  ...DISTRICT_LABEL_LAYERS,
  {
    id: DECK_BEFORE_ID,
    type: 'symbol',
    source: 'prefectureLabels',
    layout: {
      ...hidden,
      'text-field': ['get', 'label'],
      'text-font': ['case', AUTONOMOUS, ['literal', [MAP_FONT_BOLD]], ['literal', [MAP_FONT]]],
      // The autonomous prefectures' names first: the peoples step is about them.
      'symbol-sort-key': ['case', AUTONOMOUS, 0, 1],
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10.5, 7, 12.5],
      'text-max-width': 9,
      'text-padding': 1,
    },
    paint: { ...LABEL_HALO, 'text-color': PALETTE.labelMuted },
  },
  {
    id: 'places-dot',
    type: 'circle',
    source: 'places',
    filter: CITIES,
    layout: hidden,
    paint: {
      'circle-radius': ['case', ['==', ['get', 'kind'], 'provincial-capital'], 5, 3.2],
      'circle-color': PALETTE.label,
      'circle-stroke-color': PALETTE.halo,
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: 'places-label',
    type: 'symbol',
    source: 'places',
    filter: CITIES,
    layout: {
      ...hidden,
      'text-field': ['get', 'name'],
      'text-font': [
        'case',
        ['==', ['get', 'kind'], 'provincial-capital'],
        ['literal', [MAP_FONT_BOLD]],
        ['literal', [MAP_FONT]],
      ],
      'text-size': ['case', ['==', ['get', 'kind'], 'provincial-capital'], 14, 12],
      // Right of the dot where there is room, else another side: a dot without its name
      // leaves a reader guessing.
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.6,
      'text-optional': true,
    },
    paint: LABEL_HALO,
  },
  ...AIRPORT_LAYERS,
  {
    id: 'moutai-dot',
    type: 'circle',
    source: 'places',
    filter: ['==', ['get', 'id'], 'maotai'],
    layout: hidden,
    paint: {
      'circle-radius': 6,
      'circle-color': PALETTE.pilotFirst,
      'circle-stroke-color': PALETTE.halo,
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'moutai-label',
    type: 'symbol',
    source: 'places',
    filter: ['==', ['get', 'id'], 'maotai'],
    layout: {
      ...hidden,
      'text-field': 'Maotai town (Moutai liquor)',
      'text-font': [MAP_FONT_BOLD],
      'text-size': 13,
      'text-anchor': 'right',
      'text-offset': [-0.8, 0],
    },
    paint: LABEL_HALO,
  },
  {
    id: 'capital-dot',
    type: 'circle',
    source: 'places',
    filter: CAPITAL,
    layout: hidden,
    paint: {
      'circle-radius': 5,
      'circle-color': PALETTE.label,
      'circle-stroke-color': PALETTE.halo,
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: 'capital-label',
    type: 'symbol',
    source: 'places',
    filter: CAPITAL,
    layout: {
      ...hidden,
      'text-field': ['get', 'name'],
      'text-font': [MAP_FONT_BOLD],
      'text-size': 14,
      'text-anchor': 'left',
      'text-offset': [0.6, 0],
    },
    paint: LABEL_HALO,
  },
  {
    id: 'guizhou-name',
    type: 'symbol',
    source: 'guizhou-label',
    layout: {
      ...hidden,
      'text-field': ['get', 'name'],
      'text-font': [MAP_FONT_BOLD],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 6, 15],
      'text-letter-spacing': 0.12,
      'text-anchor': 'left',
      'text-offset': [0.4, -0.2],
    },
    paint: { ...LABEL_HALO, 'text-color': PALETTE.guizhouLine },
  },
  {
    id: 'base-labels',
    type: 'symbol',
    source: 'base-labels',
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [
        'match',
        ['get', 'kind'],
        'country',
        ['literal', [MAP_FONT_BOLD]],
        ['literal', [MAP_FONT]],
      ],
      'text-size': ['match', ['get', 'kind'], 'country', 12, 'sea', 12, 12.5],
      'text-letter-spacing': ['match', ['get', 'kind'], 'country', 0.12, 0.02],
      'text-allow-overlap': false,
    },
    paint: {
      ...LABEL_HALO,
      'text-color': ['match', ['get', 'kind'], 'sea', '#3f6475', PALETTE.labelMuted],
      // Province names appear from zoom 4.2, when there is room for them.
      'text-opacity': ['step', ['zoom'], ['match', ['get', 'kind'], 'province', 0, 1], 4.2, 1],
    },
  },
];
