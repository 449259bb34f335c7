import type { FeatureCollection, Point } from 'geojson';

/**
 * Where the base map writes the names of countries, provinces and seas: cartographic
 * anchors chosen by eye for the story's views, not data. Guizhou's own name is a story layer
 * (`guizhou-name`), shown only where no other label names the province. Taiwan is left unlabelled: the
 * story does not need it, and naming it would take a side the story does not discuss.
 */
const LABELS: readonly (readonly [
  string,
  'country' | 'province' | 'home' | 'sea',
  number,
  number,
])[] = [
  ['CHINA', 'country', 103.5, 35.2],
  ['MONGOLIA', 'country', 103.5, 46.6],
  ['RUSSIA', 'country', 112, 53.5],
  ['KAZAKHSTAN', 'country', 70.5, 47.5],
  ['INDIA', 'country', 79, 22.5],
  ['NEPAL', 'country', 84.2, 28.3],
  ['MYANMAR', 'country', 96, 21.6],
  ['LAOS', 'country', 102.6, 19.6],
  ['VIETNAM', 'country', 105.9, 21.2],
  ['THAILAND', 'country', 101, 15.5],
  ['JAPAN', 'country', 138.5, 36.6],
  ['S. KOREA', 'country', 128, 36.4],
  ['N. KOREA', 'country', 126.9, 40.3],
  ['PHILIPPINES', 'country', 122.5, 12.5],
  ['Sichuan', 'province', 102.6, 30.4],
  ['Yunnan', 'province', 101.6, 24.9],
  ['Guangxi', 'province', 108.7, 23.7],
  ['Hunan', 'province', 111.6, 27.4],
  ['Chongqing', 'province', 107.9, 30.2],
  ['Guangdong', 'province', 113.6, 23.9],
  ['South China Sea', 'sea', 114.5, 17],
  ['East China Sea', 'sea', 125.5, 29],
];

export const BASE_LABELS: FeatureCollection<Point, { name: string; kind: string }> = {
  type: 'FeatureCollection',
  features: LABELS.map(([name, kind, lon, lat]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, kind },
  })),
};

/** Where Guizhou's own name sits: over the province, clear of Guiyang. */
export const GUIZHOU_LABEL: FeatureCollection<Point, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [107.55, 26.15] },
      properties: { name: 'GUIZHOU' },
    },
  ],
};

/** Which side of its river a name is written on, in the name's own frame. */
export type RiverNameSide = 'above' | 'below';

/**
 * Below this zoom a name marked `close` is not written: in the south-west the Nanpan's and the
 * Hongshui's names and the Tianshengqiao stations' share too little room on a phone. A whole
 * number, as MapLibre reads a zoom step in a per-feature style at the tile's whole zoom.
 */
export const RIVER_NAME_CLOSE_ZOOM = 6;
/**
 * Below this zoom no river is named: a phone's view of the whole grid (zoom 4.5) has no room
 * between the province's name and the rivers' for both.
 */
export const RIVER_NAME_MIN_ZOOM = 5;

/**
 * Where each named river's name is written: a point on the river (within 3 km of its drawn
 * line), the angle of the river there (degrees clockwise from east, as MapLibre's
 * `text-rotate`), the side of the line clear of the stations and their names, and whether the
 * name waits for a close view (RIVER_NAME_CLOSE_ZOOM). Placed by
 * eye: in the gorges a river turns every few kilometres, and MapLibre finds no stretch straight
 * enough to write a name along it at these zooms.
 */
const RIVER_NAMES: readonly (readonly [string, number, number, number, RiverNameSide, boolean])[] =
  [
    ['Wu', 106.98, 27.36, 0, 'above', false],
    ['Beipan', 105.7, 25.62, 42, 'below', false],
    ['Nanpan', 105.72, 24.76, 17, 'below', false],
    ['Hongshui', 106.8, 25.18, -10, 'above', true],
    ['Qingshui', 108.8, 26.61, 10, 'below', false],
  ];

export const RIVER_NAME_ANCHORS: FeatureCollection<
  Point,
  { name: string; angle: number; side: RiverNameSide; close: boolean }
> = {
  type: 'FeatureCollection',
  features: RIVER_NAMES.map(([name, lon, lat, angle, side, close]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, angle, side, close },
  })),
};
