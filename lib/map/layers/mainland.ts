import { PALETTE } from '../palette';
import { OUTSIDE_MAINLAND_IDS } from '../province-groups';
import { hidden } from './style-parts';
import type { StoryLayer } from './types';

/** Where the cybersecurity law keeps data: the mainland, not Taiwan, Hong Kong or Macao. */
export const mainland: StoryLayer = {
  datasets: ['provinces'],
  style: [
    {
      slot: 'fills-under-guizhou',
      layer: {
        id: 'mainland-fill',
        type: 'fill',
        source: 'provinces',
        filter: ['!', ['in', ['get', 'id'], ['literal', OUTSIDE_MAINLAND_IDS]]],
        layout: hidden,
        paint: { 'fill-color': PALETTE.mainlandFill },
      },
    },
  ],
  legend: [
    {
      label: 'Mainland China: data collected here stays here',
      symbol: { shape: 'area', color: PALETTE.mainlandFill, border: PALETTE.provinceLine },
    },
    {
      label: 'Taiwan, Hong Kong, Macao: not covered',
      symbol: { shape: 'area', color: PALETTE.land, border: PALETTE.countryLine },
    },
  ],
};
