import { PALETTE } from '../palette';
import { RIVER_NAMES_LAYER } from '../river-names';
import { lines } from './style-parts';
import type { StoryLayer } from './types';

/** Guizhou's rivers, the named ones thick, with their names set by hand along them. */
export const rivers: StoryLayer = {
  datasets: ['rivers'],
  style: [
    lines(
      'rivers-line',
      'rivers',
      {
        'line-color': PALETTE.river,
        'line-width': ['case', ['==', ['get', 'major'], true], 2.2, 0.8],
        'line-opacity': ['case', ['==', ['get', 'major'], true], 1, 0.55],
      },
      { 'line-cap': 'round', 'line-join': 'round' },
    ),
    { slot: 'line-labels', layer: RIVER_NAMES_LAYER },
  ],
  legend: [
    {
      label: 'River (thick: named in the story)',
      symbol: { shape: 'line', color: PALETTE.river },
    },
  ],
};
