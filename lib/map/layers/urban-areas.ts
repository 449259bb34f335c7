import { FEATURE_TEXT } from '../feature-text';
import type { LoadedData } from '../load-dataset';
import { PALETTE, URBAN_FILL_OPACITY, over } from '../palette';
import { urbanAreaRow, type UrbanAreaRow } from '../rows';
import type { SourceLink } from '@/lib/story/types';
import { GUIZHOU_AS_DRAWN } from './guizhou-outline';
import { hidden } from './style-parts';
import type { StoryLayer } from './types';

export const URBAN_LINE_WIDTH = 0.8;

const URBAN_SOURCE: SourceLink = {
  label: 'Natural Earth, 1:50m urban areas (public domain)',
  url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-urban-areas/',
};

/** The built-up areas in the file, each named for the city inside it (`urban-areas.json`). */
export function urbanAreaRows(data: LoadedData): UrbanAreaRow[] {
  return (data.get('urbanAreas')?.features ?? []).flatMap((feature) => {
    const parsed = urbanAreaRow.safeParse(feature.properties);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The cities' built-up land around Gui'an, from Natural Earth: where the new area sits against
 * Guiyang as it was. Anshun's is too small for Natural Earth's 1:50m scale and is not drawn.
 */
export const urbanAreas: StoryLayer = {
  datasets: ['urbanAreas'],
  style: [
    {
      slot: 'fills-over-guizhou',
      layer: {
        id: 'urban-areas-fill',
        type: 'fill',
        source: 'urbanAreas',
        layout: hidden,
        paint: { 'fill-color': PALETTE.urban, 'fill-opacity': URBAN_FILL_OPACITY },
      },
    },
    {
      slot: 'lines',
      layer: {
        id: 'urban-areas-line',
        type: 'line',
        source: 'urbanAreas',
        layout: { ...hidden, 'line-join': 'round' },
        paint: { 'line-color': PALETTE.urbanLine, 'line-width': URBAN_LINE_WIDTH },
      },
    },
  ],
  legend: [
    {
      label: 'Built-up area (early 2000s)',
      // As drawn: the light fill over Guizhou's.
      symbol: {
        shape: 'area',
        color: over(GUIZHOU_AS_DRAWN, PALETTE.urban, URBAN_FILL_OPACITY),
        border: PALETTE.urbanLine,
      },
    },
  ],
  describe: (data, _scene, edition) => {
    const text = FEATURE_TEXT[edition];
    return urbanAreaRows(data).map((row) => ({
      key: `urban-areas:${row.id}`,
      title: text.urbanArea(text.pick(row.name, row.nameZh)),
      facts: [text.urbanAreaSize(row.areaKm2)],
      sources: [URBAN_SOURCE],
    }));
  },
};
