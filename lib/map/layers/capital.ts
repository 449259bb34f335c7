import type { ExpressionSpecification } from 'maplibre-gl';
import { MAP_FONT_BOLD } from '../fonts';
import { PALETTE } from '../palette';
import { pointDots, pointNames } from './style-parts';
import type { StoryLayer } from './types';

const CAPITAL: ExpressionSpecification = ['==', ['get', 'kind'], 'provincial-capital'];

/** Guiyang alone, for the scenes that name no other city. */
export const capital: StoryLayer = {
  datasets: ['places'],
  style: [
    pointDots('capital-dot', 'places', CAPITAL, {
      'circle-radius': 5,
      'circle-color': PALETTE.label,
      'circle-stroke-color': PALETTE.halo,
      'circle-stroke-width': 1.5,
    }),
    pointNames('capital-label', 'places', CAPITAL, {
      'text-field': ['get', 'name'],
      'text-font': [MAP_FONT_BOLD],
      'text-size': 14,
      'text-anchor': 'left',
      'text-offset': [0.6, 0],
    }),
  ],
  legend: [
    {
      label: 'Guiyang, the provincial capital',
      symbol: { shape: 'dot', color: PALETTE.label, size: 9 },
    },
  ],
};
