import type { DataDrivenPropertyValueSpecification, FilterSpecification } from 'maplibre-gl';
import { MAP_FONT_BOLD } from '../fonts';
import { PALETTE } from '../palette';
import { pointDots, pointNames } from './style-parts';
import type { StoryLayer } from './types';

/** How a single place is marked: its dot, its name beside it and its key entry. */
interface Mark {
  readonly color: string;
  readonly radius: number;
  readonly strokeWidth: number;
  readonly name: DataDrivenPropertyValueSpecification<string>;
  readonly textSize: number;
  /** Which side of the name the dot is on, and the name's offset from it in ems. */
  readonly anchor: 'left' | 'right';
  readonly offset: [number, number];
  readonly legend: string;
  readonly legendSize: number;
}

/**
 * A place of `places.json` the story singles out (the capital, Maotai): a haloed dot and its
 * name in bold, as MapLibre layers `<id>-dot` and `<id>-label`.
 */
export function markedPlace(id: string, filter: FilterSpecification, mark: Mark): StoryLayer {
  return {
    datasets: ['places'],
    style: [
      pointDots(`${id}-dot`, 'places', filter, {
        'circle-radius': mark.radius,
        'circle-color': mark.color,
        'circle-stroke-color': PALETTE.halo,
        'circle-stroke-width': mark.strokeWidth,
      }),
      pointNames(`${id}-label`, 'places', filter, {
        'text-field': mark.name,
        'text-font': [MAP_FONT_BOLD],
        'text-size': mark.textSize,
        'text-anchor': mark.anchor,
        'text-offset': mark.offset,
      }),
    ],
    legend: [
      { label: mark.legend, symbol: { shape: 'dot', color: mark.color, size: mark.legendSize } },
    ],
  };
}
