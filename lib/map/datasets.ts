import { siteUrl } from '@/lib/site/base-path';

/**
 * Every file the map reads, under `/data/`. Built by `npm run data` (geometry) and
 * `npm run data:facts` (our fact tables); see `public/data/README.md` for provenance.
 */
export const DATASETS = {
  countries: 'countries.json',
  provinces: 'provinces.json',
  guizhou: 'guizhou.json',
  prefectures: 'prefectures.json',
  prefectureLabels: 'prefecture-labels.json',
  districtLines: 'district-lines.json',
  districtLabels: 'district-labels.json',
  rivers: 'rivers.json',
  urbanAreas: 'urban-areas.json',
  places: 'facts/places.json',
  pilotZones: 'facts/pilot-zones.json',
  powerPlants: 'facts/power-plants.json',
  coalfields: 'facts/coalfields.json',
  dataCentres: 'facts/data-centres.json',
  earthquakes: 'facts/earthquakes.json',
  transmission: 'facts/transmission.json',
  transport: 'facts/transport.json',
} as const;

export type DatasetId = keyof typeof DATASETS;

export function isDatasetId(name: string): name is DatasetId {
  return Object.hasOwn(DATASETS, name);
}

/** Every data file's id, in declaration order. */
export const DATASET_IDS: readonly DatasetId[] = Object.keys(DATASETS).filter(isDatasetId);

/** Drawn in every scene: the base map's own geography. */
export const BASE_DATASETS: readonly DatasetId[] = ['countries', 'provinces', 'guizhou'];

export const TERRAIN_TILES = 'terrain/{z}/{x}/{y}.png';
/** The same tiles tinted by height (`scripts/data/relief.ts`), for the plateau's tint. */
export const RELIEF_TILES = 'relief/{z}/{x}/{y}.webp';
/** Must agree with `public/data/terrain/tiles.json`, which the data build writes. */
export const TERRAIN_MIN_ZOOM = 3;
export const TERRAIN_MAX_ZOOM = 5;
export const TERRAIN_BOUNDS: readonly [number, number, number, number] = [97, 20, 117, 35];

/** The URL of a data file, absolute, because MapLibre's workers cannot resolve relative ones. */
export function dataUrl(file: string, origin: string): string {
  return siteUrl(`data/${file}`, origin);
}
