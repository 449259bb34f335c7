import type { Polygon } from 'geojson';

/**
 * For tests: a 1-degree square around Guiyang (106.63, 26.65), its exterior ring
 * counter-clockwise as RFC 7946 has it.
 */
export const GUIYANG_SQUARE: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [106, 26],
      [107, 26],
      [107, 27],
      [106, 27],
      [106, 26],
    ],
  ],
};
