import type {
  CircleLayerSpecification,
  FilterSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { PALETTE } from '../palette';
import type { SlottedLayer } from './types';

/**
 * Pieces the story layers' MapLibre layers share. Every layer the story manages starts hidden;
 * the map's layer controller sets its visibility from the active scene every time.
 */
export const hidden = { visibility: 'none' } as const;

// One shader a kind of layer: each paint value of the story's layers is the same for every
// feature of its layer, a constant or a zoom curve. MapLibre compiles a program for each kind
// of paint value, and a colour or width read from each feature would cost one more program,
// some 35 ms of a software GPU's time on the first screen. Features drawn differently are
// layers of their own, filtered (a test in base-style.test.ts holds every layer to this).

export const LABEL_HALO = {
  'text-color': PALETTE.label,
  'text-halo-color': PALETTE.halo,
  'text-halo-width': 1.4,
} as const;

/**
 * Where deck.gl's layers go in the stack: above the geography and the river names, under the
 * other labels (the prefectures' names first). A river name runs through the stations on it;
 * their names, which the story speaks of, should be the ones left legible.
 */
export const DECK_BEFORE_ID = 'prefectures-label';

type Filter = FilterSpecification;

/** Dots at the points of `source` that pass `filter`, with the story's symbols. */
export function pointDots(
  id: string,
  source: string,
  filter: Filter,
  paint: CircleLayerSpecification['paint'],
): SlottedLayer {
  return { slot: 'points', layer: { id, type: 'circle', source, filter, layout: hidden, paint } };
}

/** Names beside the points of `source` that pass `filter`, haloed unless told otherwise. */
export function pointNames(
  id: string,
  source: string,
  filter: Filter,
  layout: SymbolLayerSpecification['layout'],
  paint: SymbolLayerSpecification['paint'] = LABEL_HALO,
): SlottedLayer {
  return {
    slot: 'points',
    layer: { id, type: 'symbol', source, filter, layout: { ...hidden, ...layout }, paint },
  };
}

/** Lines of `source` (boundaries, rivers, routes) in the lines slot, the story's line style. */
export function lines(
  id: string,
  source: string,
  paint: LineLayerSpecification['paint'],
  layout: LineLayerSpecification['layout'] = {},
  filter?: Filter,
): SlottedLayer {
  return {
    slot: 'lines',
    layer: {
      id,
      type: 'line',
      source,
      ...(filter ? { filter } : {}),
      layout: { ...hidden, ...layout },
      paint,
    },
  };
}
