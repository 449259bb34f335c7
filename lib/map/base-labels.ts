import type { FeatureCollection, Point } from 'geojson';

/**
 * Where the base map writes the names of countries, provinces and seas: cartographic
 * anchors chosen by eye for the story's views, not data. Guizhou's own name is a story layer
 * (`guizhou-name`), shown only where no other label names the province. Taiwan is left unlabelled: the
 * story does not need it, and naming it would take a side the story does not discuss.
 */
/** Province names are written from this zoom on, when there is room for them. */
export const PROVINCE_NAMES_FROM_ZOOM = 4.2;

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
