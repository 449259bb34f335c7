import { PALETTE } from '../palette';
import { markedPlace } from './marked-place';
import type { StoryLayer } from './types';

/** Guiyang alone, for the scenes that name no other city. */
export const capital: StoryLayer = markedPlace(
  'capital',
  ['==', ['get', 'kind'], 'provincial-capital'],
  {
    color: PALETTE.label,
    radius: 5,
    strokeWidth: 1.5,
    name: ['get', 'name'],
    textSize: 14,
    anchor: 'left',
    offset: [0.6, 0],
    legend: 'Guiyang, the provincial capital',
    legendSize: 9,
  },
);
