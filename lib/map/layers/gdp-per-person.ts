import { GDP_COLOURS, GDP_FILL_COLOUR, GDP_PROPERTY } from '../gdp-classes';
import { hidden } from './style-parts';
import type { StoryLayer } from './types';

/** Each province shaded by its GDP per person (`content/tables/gdp-per-person.yaml`). */
export const gdpPerPerson: StoryLayer = {
  datasets: ['provinces'],
  style: [
    {
      slot: 'fills-under-guizhou',
      layer: {
        id: 'gdp-fill',
        type: 'fill',
        source: 'provinces',
        filter: ['has', GDP_PROPERTY],
        layout: hidden,
        paint: { 'fill-color': GDP_FILL_COLOUR },
      },
    },
  ],
  legend: [
    {
      label: 'GDP per person, 2021, in US$ (China: 12,557)',
      symbol: { shape: 'ramp', colors: GDP_COLOURS, from: 'under 8,000', to: 'over 18,000' },
    },
  ],
};
