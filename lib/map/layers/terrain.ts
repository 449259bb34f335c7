import { hidden } from './style-parts';
import type { StoryLayer } from './types';

/**
 * The elevation tint: the 3-D terrain's tiles tinted by height at build time (ELEVATION_RAMP,
 * `scripts/data/relief.ts`), drawn as plain pictures. MapLibre's colour relief would tint them
 * on the GPU, but its shader took a software GPU 150 to 300 ms to compile.
 */
export const TERRAIN_TINT_SOURCE = 'terrain-tint';

/** The karst plateau in relief: MapLibre's 3-D terrain, tinted by height. */
export const terrain: StoryLayer = {
  datasets: [],
  terrain: true,
  style: [
    {
      slot: 'fills-under-guizhou',
      layer: {
        id: 'terrain-tint',
        type: 'raster',
        source: TERRAIN_TINT_SOURCE,
        layout: hidden,
        // Each tile at once, not faded in: a fade is a redraw of the map every frame.
        paint: { 'raster-opacity': 0.9, 'raster-fade-duration': 0 },
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
