import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { PROVINCE_NAMES_FROM_ZOOM } from './base-labels';
import { MAP_FONT, MAP_FONT_BOLD } from './fonts';
import { STORY_LAYERS } from './layers';
import { LABEL_HALO } from './layers/style-parts';
import type { StoryLayer, StyleSlot } from './layers/types';
import { GUIZHOU_FILL_OPACITY, PALETTE } from './palette';

/**
 * The base map's layers, bottom to top: sea, land, provinces, the story layers' fills, lines
 * and labels in their slots between them, and the names of seas and countries on top. The
 * sources they draw from are set up in base-style.ts.
 */

/** A slot's story layers, in the catalogue's order (`lib/map/layers/index.ts`). */
function slot(name: StyleSlot): LayerSpecification[] {
  return Object.values<StoryLayer>(STORY_LAYERS).flatMap((layer) =>
    (layer.style ?? []).filter((slotted) => slotted.slot === name).map((slotted) => slotted.layer),
  );
}

const KIND: ExpressionSpecification = ['get', 'kind'];

/** A layer of the base map's names (`base-labels.ts`): those that pass `filter`, in one colour. */
function baseNames(
  id: string,
  filter: FilterSpecification,
  colour: string,
  layout: SymbolLayerSpecification['layout'] = {},
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'base-labels',
    filter,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [MAP_FONT],
      'text-size': 12.5,
      'text-letter-spacing': 0.02,
      'text-allow-overlap': false,
      ...layout,
    },
    paint: { ...LABEL_HALO, 'text-color': colour },
  };
}

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
  ...slot('fills-under-guizhou'),
  {
    id: 'guizhou-fill',
    type: 'fill',
    source: 'guizhou',
    paint: { 'fill-color': PALETTE.guizhouFill, 'fill-opacity': GUIZHOU_FILL_OPACITY },
  },
  ...slot('fills-over-guizhou'),
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
  ...slot('lines'),
  ...slot('line-labels'),
  ...slot('area-labels'),
  ...slot('points'),
  // The seas' names under the countries': MapLibre places the upper layer's names first, as it
  // did the countries' when both were one layer, before the seas'. Two layers, each of one
  // colour: see "one shader a kind of layer" in layers/style-parts.ts.
  baseNames('sea-labels', ['==', KIND, 'sea'], PALETTE.seaLabel, { 'text-size': 12 }),
  baseNames(
    'base-labels',
    ['!', ['in', KIND, ['literal', ['province', 'sea']]]],
    PALETTE.labelMuted,
    {
      'text-font': [
        'match',
        KIND,
        'country',
        ['literal', [MAP_FONT_BOLD]],
        ['literal', [MAP_FONT]],
      ],
      'text-size': ['match', KIND, 'country', 12, 12.5],
      'text-letter-spacing': ['match', KIND, 'country', 0.12, 0.02],
    },
  ),
  {
    // Province names, in a layer of their own with a minimum zoom rather than a zero opacity
    // below it: an unseen label still takes its room, and pushed Guizhou's own name off the
    // map in the widest views.
    ...baseNames('province-labels', ['==', KIND, 'province'], PALETTE.labelMuted),
    minzoom: PROVINCE_NAMES_FROM_ZOOM,
  },
];
