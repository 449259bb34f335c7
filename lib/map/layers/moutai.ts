import { PALETTE } from '../palette';
import { markedPlace } from './marked-place';
import type { StoryLayer } from './types';

/** Maotai town, home of the liquor that is Guizhou's best-known export. */
export const moutai: StoryLayer = markedPlace('moutai', ['==', ['get', 'id'], 'maotai'], {
  color: PALETTE.pilotFirst,
  radius: 6,
  strokeWidth: 2,
  name: 'Maotai town (Moutai liquor)',
  textSize: 13,
  anchor: 'right',
  offset: [-0.8, 0],
  legend: 'Maotai, home of Moutai liquor',
  legendSize: 10,
});
