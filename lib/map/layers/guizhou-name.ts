import { MAP_FONT_BOLD } from '../fonts';
import { PALETTE } from '../palette';
import { GUIZHOU_LEGEND } from './guizhou-outline';
import { LABEL_HALO, hidden } from './style-parts';
import type { StoryLayer } from './types';

/** The province's name, in spaced capitals beside it in the wide views. */
export const guizhouName: StoryLayer = {
  datasets: [],
  style: [
    {
      slot: 'points',
      layer: {
        id: 'guizhou-name',
        type: 'symbol',
        source: 'guizhou-label',
        layout: {
          ...hidden,
          'text-field': ['get', 'name'],
          'text-font': [MAP_FONT_BOLD],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 6, 15],
          'text-letter-spacing': 0.12,
          // Beside the province, east of it where there is room; on a phone's widest view the
          // sea's name takes that room, and the name moves rather than vanishing.
          'text-variable-anchor': ['left', 'bottom-left', 'top-left', 'right', 'top', 'bottom'],
          'text-offset': [0.4, -0.2],
        },
        paint: { ...LABEL_HALO, 'text-color': PALETTE.guizhouLine },
      },
    },
  ],
  legend: [GUIZHOU_LEGEND],
};
