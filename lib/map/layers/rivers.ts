import type { FilterSpecification } from 'maplibre-gl';
import { PALETTE } from '../palette';
import { RIVER_NAMES_LAYERS } from '../river-names';
import { lines } from './style-parts';
import type { StoryLayer } from './types';

const IS_MAJOR: FilterSpecification = ['==', ['get', 'major'], true];
const ROUND = { 'line-cap': 'round', 'line-join': 'round' } as const;

/** Guizhou's rivers, the named ones thick, with their names set by hand along them. */
export const rivers: StoryLayer = {
  datasets: ['rivers'],
  style: [
    // The others under the named ones, each of one width and opacity: see "one shader a kind
    // of layer" in style-parts.ts.
    lines(
      'rivers-line-minor',
      'rivers',
      { 'line-color': PALETTE.river, 'line-width': 0.8, 'line-opacity': 0.55 },
      ROUND,
      ['!', IS_MAJOR],
    ),
    lines(
      'rivers-line',
      'rivers',
      { 'line-color': PALETTE.river, 'line-width': 2.2 },
      ROUND,
      IS_MAJOR,
    ),
    ...RIVER_NAMES_LAYERS.map((layer) => ({ slot: 'line-labels' as const, layer })),
  ],
  legend: [
    {
      label: 'River (thick: named in the story)',
      symbol: { shape: 'line', color: PALETTE.river },
    },
  ],
};
