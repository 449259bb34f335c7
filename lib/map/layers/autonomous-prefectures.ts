import { PALETTE } from '../palette';
import { AUTONOMOUS } from './prefectures';
import { hidden } from './style-parts';
import type { StoryLayer } from './types';

/** The three autonomous prefectures of the Miao, Buyi and Dong peoples, filled. */
export const autonomousPrefectures: StoryLayer = {
  datasets: ['prefectures'],
  style: [
    {
      slot: 'fills-over-guizhou',
      layer: {
        id: 'autonomous-fill',
        type: 'fill',
        source: 'prefectures',
        filter: AUTONOMOUS,
        layout: hidden,
        paint: { 'fill-color': PALETTE.autonomousFill, 'fill-opacity': 0.85 },
      },
    },
  ],
  legend: [
    {
      label: 'Autonomous prefecture (Miao, Buyi, Dong)',
      symbol: {
        shape: 'hatched-area',
        color: PALETTE.autonomousFill,
        border: PALETTE.prefectureLine,
      },
    },
  ],
};
