import { GDP_COLOURS, gdpClassFilter } from '../gdp-classes';
import { hidden } from './style-parts';
import type { StoryLayer } from './types';

/** Each province shaded by its GDP per person (`content/tables/gdp-per-person.yaml`). */
export const gdpPerPerson: StoryLayer = {
  datasets: ['provinces'],
  // One layer a class, each of one colour: see "one shader a kind of layer" in style-parts.ts.
  style: GDP_COLOURS.map((colour, index) => ({
    slot: 'fills-under-guizhou',
    layer: {
      id: `gdp-fill-${index}`,
      type: 'fill',
      source: 'provinces',
      filter: gdpClassFilter(index),
      layout: hidden,
      paint: { 'fill-color': colour },
    },
  })),
  legend: [
    {
      label: 'GDP per person, 2021, in US$ (China: 12,557)',
      symbol: { shape: 'ramp', colors: GDP_COLOURS, from: 'under 8,000', to: 'over 18,000' },
    },
  ],
};
