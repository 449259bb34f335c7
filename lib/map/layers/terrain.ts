import type { ExpressionSpecification } from 'maplibre-gl';
import { ELEVATION_RAMP } from '../palette';
import { hidden } from './style-parts';
import type { StoryLayer } from './types';

/**
 * The same tiles as the 3-D terrain's, again for the elevation tint: MapLibre asks for separate
 * sources for terrain and colour relief, since terrain resamples its source's tiles for the mesh.
 */
export const TERRAIN_TINT_SOURCE = 'terrain-tint';

const elevationColour: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['elevation'],
  ...ELEVATION_RAMP.flat(),
];

/** The karst plateau in relief: MapLibre's 3-D terrain, tinted by height. */
export const terrain: StoryLayer = {
  datasets: [],
  terrain: true,
  style: [
    {
      slot: 'fills-under-guizhou',
      layer: {
        id: 'terrain-tint',
        type: 'color-relief',
        source: TERRAIN_TINT_SOURCE,
        layout: hidden,
        paint: { 'color-relief-color': elevationColour, 'color-relief-opacity': 0.9 },
      },
    },
  ],
  legend: [
    {
      label: 'Elevation (height exaggerated 2×)',
      symbol: {
        shape: 'ramp',
        colors: ['#c6dcae', '#e4ddaa', '#dcc48e', '#c9a273', '#a97f5c'],
        from: '0 m',
        to: '2,500 m',
      },
    },
  ],
};
