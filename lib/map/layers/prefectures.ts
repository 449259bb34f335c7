import type { ExpressionSpecification } from 'maplibre-gl';
import { MAP_FONT, MAP_FONT_BOLD } from '../fonts';
import { PALETTE } from '../palette';
import { DECK_BEFORE_ID, LABEL_HALO, hidden, lines } from './style-parts';
import type { StoryLayer } from './types';

export const AUTONOMOUS: ExpressionSpecification = ['==', ['get', 'autonomous'], true];

/** Guizhou's nine prefectures: dashed boundaries and their names. */
export const prefectures: StoryLayer = {
  datasets: ['prefectures', 'prefectureLabels'],
  style: [
    lines('prefectures-line', 'prefectures', {
      'line-color': PALETTE.prefectureLine,
      'line-width': 0.9,
      'line-dasharray': [3, 2],
    }),
    {
      slot: 'area-labels',
      layer: {
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
    },
  ],
  legend: [
    {
      label: 'Prefecture boundary',
      symbol: { shape: 'dashed-line', color: PALETTE.prefectureLine },
    },
  ],
};
