import type { ExpressionSpecification } from 'maplibre-gl';
import { MAP_FONT } from '../fonts';
import { PALETTE } from '../palette';
import { pathRowsOf, pointRowsOf } from '../rows';
import { LABEL_HALO, lines, pointDots, pointNames } from './style-parts';
import { describeRows } from './row-layers';
import type { StoryLayer } from './types';

export const CORRIDOR_WIDTH = 3;
/** Dashes of the schematic expressway, in line widths as MapLibre counts them. */
export const CORRIDOR_DASHES: readonly [number, number] = [2, 1.2];
export const AIRPORT_RADIUS = 5;
export const AIRPORT_RING = 2.5;

const AIRPORTS: ExpressionSpecification = ['==', ['get', 'kind'], 'airport'];
const CORRIDORS: ExpressionSpecification = ['==', ['get', 'kind'], 'corridor'];

/** The airports (a ring, unlike a city's dot) and the Guiyang–Anshun expressway. */
export const transport: StoryLayer = {
  datasets: ['transport'],
  style: [
    lines(
      'corridor-line',
      'transport',
      {
        'line-color': PALETTE.corridor,
        'line-width': CORRIDOR_WIDTH,
        'line-dasharray': [...CORRIDOR_DASHES],
      },
      { 'line-join': 'round' },
      CORRIDORS,
    ),
    pointDots('airport-dot', 'transport', AIRPORTS, {
      'circle-radius': AIRPORT_RADIUS,
      'circle-color': PALETTE.halo,
      'circle-stroke-color': PALETTE.airport,
      'circle-stroke-width': AIRPORT_RING,
    }),
    pointNames(
      'airport-label',
      'transport',
      AIRPORTS,
      {
        'text-field': ['get', 'mapLabel'],
        'text-font': [MAP_FONT],
        'text-size': 12,
        'text-variable-anchor': ['right', 'top', 'bottom', 'left'],
        'text-radial-offset': 0.7,
      },
      { ...LABEL_HALO, 'text-color': PALETTE.airport },
    ),
  ],
  legend: [
    { label: 'Airport', symbol: { shape: 'ring', color: PALETTE.airport } },
    {
      label: 'G60 expressway (schematic)',
      symbol: { shape: 'dashed-line', color: PALETTE.corridor },
    },
  ],
  describe: describeRows(
    'transport',
    (data) => [...pointRowsOf(data, 'transport'), ...pathRowsOf(data, 'transport')],
    (row, text) => [text.pick(row.note, row.noteZh)],
  ),
};
