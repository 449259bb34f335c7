import { GUIZHOU_FILL_OPACITY, PALETTE, over } from '../palette';
import { lines } from './style-parts';
import type { LegendEntry, StoryLayer } from './types';

/** Guizhou as the map shows it: its fill over China's. */
export const GUIZHOU_AS_DRAWN = over(PALETTE.china, PALETTE.guizhouFill, GUIZHOU_FILL_OPACITY);

export const GUIZHOU_LEGEND: LegendEntry = {
  label: 'Guizhou province',
  symbol: { shape: 'area', color: GUIZHOU_AS_DRAWN, border: PALETTE.guizhouLine },
};

/** Guizhou's border, drawn over every other line. */
export const guizhouOutline: StoryLayer = {
  datasets: ['guizhou'],
  style: [
    lines(
      'guizhou-line',
      'guizhou',
      { 'line-color': PALETTE.guizhouLine, 'line-width': 2.2 },
      { 'line-join': 'round' },
    ),
  ],
  legend: [GUIZHOU_LEGEND],
};
