import type { FilterSpecification } from 'maplibre-gl';
import { MAP_FONT_BOLD } from '../fonts';
import { PALETTE } from '../palette';
import { pointDots, pointNames } from './style-parts';
import type { StoryLayer } from './types';

const MAOTAI: FilterSpecification = ['==', ['get', 'id'], 'maotai'];

/** Maotai town, home of the liquor that is Guizhou's best-known export. */
export const moutai: StoryLayer = {
  datasets: ['places'],
  style: [
    pointDots('moutai-dot', 'places', MAOTAI, {
      'circle-radius': 6,
      'circle-color': PALETTE.pilotFirst,
      'circle-stroke-color': PALETTE.halo,
      'circle-stroke-width': 2,
    }),
    pointNames('moutai-label', 'places', MAOTAI, {
      'text-field': 'Maotai town (Moutai liquor)',
      'text-font': [MAP_FONT_BOLD],
      'text-size': 13,
      'text-anchor': 'right',
      'text-offset': [-0.8, 0],
    }),
  ],
  legend: [
    {
      label: 'Maotai, home of Moutai liquor',
      symbol: { shape: 'dot', color: PALETTE.pilotFirst, size: 10 },
    },
  ],
};
