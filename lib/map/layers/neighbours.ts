import { PALETTE } from '../palette';
import { NEIGHBOUR_IDS } from '../province-groups';
import { hidden } from './style-parts';
import type { StoryLayer } from './types';

/** Sichuan and Yunnan, the neighbours Guizhou is compared with. */
export const neighbours: StoryLayer = {
  datasets: ['provinces'],
  style: [
    {
      slot: 'fills-under-guizhou',
      layer: {
        id: 'neighbours-fill',
        type: 'fill',
        source: 'provinces',
        filter: ['in', ['get', 'id'], ['literal', NEIGHBOUR_IDS]],
        layout: hidden,
        paint: { 'fill-color': PALETTE.neighbourFill },
      },
    },
  ],
  legend: [
    {
      label: 'Sichuan and Yunnan',
      symbol: { shape: 'area', color: PALETTE.neighbourFill, border: PALETTE.provinceLine },
    },
  ],
};
