import type { ExpressionSpecification } from 'maplibre-gl';
import { MAP_FONT, MAP_FONT_BOLD } from '../fonts';
import { PALETTE } from '../palette';
import { pointDots, pointNames } from './style-parts';
import type { StoryLayer } from './types';

/** Cities: Maotai has its own layer, Gui'an New Area is drawn as an area. */
const CITIES: ExpressionSpecification = [
  'in',
  ['get', 'kind'],
  ['literal', ['provincial-capital', 'city']],
];
const IS_CAPITAL: ExpressionSpecification = ['==', ['get', 'kind'], 'provincial-capital'];

/** Guizhou's cities, the capital in bold. */
export const places: StoryLayer = {
  datasets: ['places'],
  style: [
    // The capital's dot larger, in a layer of its own: see "one shader a kind of layer" in
    // style-parts.ts.
    ...([false, true] as const).map((capital) =>
      pointDots(
        capital ? 'places-dot-capital' : 'places-dot',
        'places',
        ['all', CITIES, capital ? IS_CAPITAL : ['!', IS_CAPITAL]],
        {
          'circle-radius': capital ? 5 : 3.2,
          'circle-color': PALETTE.label,
          'circle-stroke-color': PALETTE.halo,
          'circle-stroke-width': 1.5,
        },
      ),
    ),
    pointNames('places-label', 'places', CITIES, {
      'text-field': ['get', 'name'],
      'text-font': ['case', IS_CAPITAL, ['literal', [MAP_FONT_BOLD]], ['literal', [MAP_FONT]]],
      'text-size': ['case', IS_CAPITAL, 14, 12],
      // Right of the dot where there is room, else another side: a dot without its name
      // leaves a reader guessing.
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.6,
      'text-optional': true,
    }),
  ],
  legend: [
    {
      label: 'City (bold: provincial capital)',
      symbol: { shape: 'dot', color: PALETTE.label, size: 8 },
    },
  ],
};
