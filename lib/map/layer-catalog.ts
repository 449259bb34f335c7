import type { LayerId } from '@/lib/story/scenes';
import type { DatasetId } from './datasets';
import { GDP_COLOURS } from './gdp-classes';
import { GUIAN_FILL_ALPHA, GUIZHOU_FILL_OPACITY, PALETTE, over } from './palette';

/** How a legend entry draws its symbol; shapes differ so colour is never the only cue. */
export type LegendSymbol =
  | {
      readonly shape: 'dot' | 'ring' | 'square' | 'square-ring' | 'diamond';
      readonly color: string;
      readonly size?: number;
    }
  | { readonly shape: 'line' | 'dashed-line' | 'arc'; readonly color: string }
  | { readonly shape: 'area' | 'hatched-area'; readonly color: string; readonly border: string }
  | {
      readonly shape: 'ramp';
      readonly colors: readonly string[];
      readonly from: string;
      readonly to: string;
    };

export interface LegendEntry {
  readonly label: string;
  readonly symbol: LegendSymbol;
}

export interface StoryLayer {
  /** MapLibre layers of the base style this story layer shows (hidden in other scenes). */
  readonly styleLayers: readonly string[];
  /** Data the layer needs before its scene counts as settled. */
  readonly datasets: readonly DatasetId[];
  /** Drawn by deck.gl (`lib/map/deck-layers.ts`) rather than by the base style. */
  readonly deck: boolean;
  /** Turns on MapLibre's 3-D terrain. */
  readonly terrain?: boolean;
  readonly legend: readonly LegendEntry[];
}

/** Guizhou as the map shows it: its fill over China's. */
const GUIZHOU_AS_DRAWN = over(PALETTE.china, PALETTE.guizhouFill, GUIZHOU_FILL_OPACITY);

const GUIZHOU_LEGEND: LegendEntry = {
  label: 'Guizhou province',
  symbol: { shape: 'area', color: GUIZHOU_AS_DRAWN, border: PALETTE.guizhouLine },
};

/**
 * Every story layer: what it draws with, what data it needs and how the legend explains it.
 * The legend of a scene is derived from this, never written per step.
 */
export const STORY_LAYERS: Readonly<Record<LayerId, StoryLayer>> = {
  'guizhou-outline': {
    styleLayers: ['guizhou-line'],
    datasets: ['guizhou'],
    deck: false,
    legend: [GUIZHOU_LEGEND],
  },
  'guizhou-name': {
    styleLayers: ['guizhou-name'],
    datasets: [],
    deck: false,
    legend: [GUIZHOU_LEGEND],
  },
  prefectures: {
    styleLayers: ['prefectures-line', 'prefectures-label'],
    datasets: ['prefectures', 'prefectureLabels'],
    deck: false,
    legend: [
      {
        label: 'Prefecture boundary',
        symbol: { shape: 'dashed-line', color: PALETTE.prefectureLine },
      },
    ],
  },
  'autonomous-prefectures': {
    styleLayers: ['autonomous-fill'],
    datasets: ['prefectures'],
    deck: false,
    legend: [
      {
        label: 'Autonomous prefecture (Miao, Buyi, Dong)',
        symbol: {
          shape: 'hatched-area',
          color: PALETTE.autonomousFill,
          border: PALETTE.prefectureLine,
        },
      },
    ],
  },
  capital: {
    styleLayers: ['capital-dot', 'capital-label'],
    datasets: ['places'],
    deck: false,
    legend: [
      {
        label: 'Guiyang, the provincial capital',
        symbol: { shape: 'dot', color: PALETTE.label, size: 9 },
      },
    ],
  },
  places: {
    styleLayers: ['places-dot', 'places-label'],
    datasets: ['places'],
    deck: false,
    legend: [
      {
        label: 'City (bold: provincial capital)',
        symbol: { shape: 'dot', color: PALETTE.label, size: 8 },
      },
    ],
  },
  moutai: {
    styleLayers: ['moutai-dot', 'moutai-label'],
    datasets: ['places'],
    deck: false,
    legend: [
      {
        label: 'Maotai, home of Moutai liquor',
        symbol: { shape: 'dot', color: PALETTE.pilotFirst, size: 10 },
      },
    ],
  },
  terrain: {
    styleLayers: ['terrain-tint'],
    datasets: [],
    deck: false,
    terrain: true,
    legend: [
      {
        label: 'Elevation (height exaggerated 2×)',
        symbol: {
          shape: 'ramp',
          colors: ['#c6dcae', '#e4ddaa', '#dcc48e', '#c9a273', '#a97f5c'],
          from: '0 m',
          to: '2,500 m',
        },
      },
    ],
  },
  neighbours: {
    styleLayers: ['neighbours-fill'],
    datasets: ['provinces'],
    deck: false,
    legend: [
      {
        label: 'Sichuan and Yunnan',
        symbol: { shape: 'area', color: PALETTE.neighbourFill, border: PALETTE.provinceLine },
      },
    ],
  },
  'gdp-per-person': {
    styleLayers: ['gdp-fill'],
    datasets: ['provinces'],
    deck: false,
    legend: [
      {
        label: 'GDP per person, 2021, in US$ (China: 12,557)',
        symbol: { shape: 'ramp', colors: GDP_COLOURS, from: 'under 8,000', to: 'over 18,000' },
      },
    ],
  },
  mainland: {
    styleLayers: ['mainland-fill'],
    datasets: ['provinces'],
    deck: false,
    legend: [
      {
        label: 'Mainland China: data collected here stays here',
        symbol: { shape: 'area', color: PALETTE.mainlandFill, border: PALETTE.provinceLine },
      },
      {
        label: 'Taiwan, Hong Kong, Macao: not covered',
        symbol: { shape: 'area', color: PALETTE.land, border: PALETTE.countryLine },
      },
    ],
  },
  earthquakes: {
    styleLayers: [],
    datasets: ['earthquakes'],
    deck: true,
    legend: [
      {
        label: 'Major earthquake epicentre',
        symbol: { shape: 'ring', color: PALETTE.earthquake, size: 12 },
      },
    ],
  },
  rivers: {
    styleLayers: ['rivers-line', 'rivers-label'],
    datasets: ['rivers'],
    deck: false,
    legend: [
      {
        label: 'River (thick: named in the story)',
        symbol: { shape: 'line', color: PALETTE.river },
      },
    ],
  },
  'hydro-plants': {
    styleLayers: [],
    datasets: ['powerPlants'],
    deck: true,
    legend: [
      {
        label: 'Hydro station, sized by capacity (MW)',
        symbol: { shape: 'dot', color: PALETTE.hydro, size: 12 },
      },
    ],
  },
  'coal-plants': {
    styleLayers: [],
    datasets: ['powerPlants'],
    deck: true,
    legend: [
      {
        label: 'Coal power plant, sized by capacity (MW)',
        symbol: { shape: 'square', color: PALETTE.coal, size: 12 },
      },
    ],
  },
  coalfields: {
    styleLayers: [],
    datasets: ['coalfields'],
    deck: true,
    legend: [
      {
        label: 'Coalfield (approximate area)',
        symbol: { shape: 'hatched-area', color: PALETTE.coalfield, border: PALETTE.coalfield },
      },
    ],
  },
  'west-east-power': {
    styleLayers: [],
    datasets: ['transmission'],
    deck: true,
    legend: [
      {
        label: 'West-East power transmission (schematic)',
        symbol: { shape: 'arc', color: PALETTE.transmission },
      },
    ],
  },
  'pilot-zone-first': {
    styleLayers: [],
    datasets: ['pilotZones'],
    deck: true,
    legend: [
      {
        label: 'First pilot zone, Feb 2016',
        symbol: { shape: 'diamond', color: PALETTE.pilotFirst, size: 14 },
      },
    ],
  },
  'pilot-zones': {
    styleLayers: [],
    datasets: ['pilotZones'],
    deck: true,
    legend: [
      {
        label: 'First pilot zone, Feb 2016',
        symbol: { shape: 'diamond', color: PALETTE.pilotFirst, size: 14 },
      },
      {
        label: 'Cross-regional zone, Oct 2016',
        symbol: { shape: 'dot', color: PALETTE.pilotCrossRegional, size: 11 },
      },
      {
        label: 'Regional demonstration zone, Oct 2016',
        symbol: { shape: 'dot', color: PALETTE.pilotRegional, size: 11 },
      },
      {
        label: 'Infrastructure zone, Oct 2016',
        symbol: { shape: 'dot', color: PALETTE.pilotInfrastructure, size: 11 },
      },
    ],
  },
  'guian-area': {
    styleLayers: [],
    datasets: ['places'],
    deck: true,
    legend: [
      {
        label: "Gui'an New Area (approximate extent)",
        // As drawn: the circle's light fill over Guizhou's, where the new area lies.
        symbol: {
          shape: 'area',
          color: over(GUIZHOU_AS_DRAWN, PALETTE.guian, GUIAN_FILL_ALPHA / 255),
          border: PALETTE.guian,
        },
      },
    ],
  },
  'data-centres': {
    styleLayers: [],
    datasets: ['dataCentres'],
    deck: true,
    legend: [
      {
        label: 'Data centre or park (OpenStreetMap)',
        symbol: { shape: 'square', color: PALETTE.dataCentre, size: 11 },
      },
      {
        label: "Telecom operators' centres (approximate)",
        symbol: { shape: 'square-ring', color: PALETTE.dataCentre, size: 11 },
      },
    ],
  },
  'apple-site': {
    styleLayers: [],
    datasets: ['dataCentres'],
    deck: true,
    legend: [
      {
        label: 'Apple iCloud data centre, run by GCBD',
        symbol: { shape: 'ring', color: PALETTE.apple },
      },
    ],
  },
  districts: {
    styleLayers: ['district-lines', 'district-labels', 'district-labels-close'],
    datasets: ['districtLines', 'districtLabels'],
    deck: false,
    legend: [
      {
        label: 'District or county boundary',
        symbol: { shape: 'line', color: PALETTE.districtLine },
      },
    ],
  },
  transport: {
    styleLayers: ['corridor-line', 'airport-dot', 'airport-label'],
    datasets: ['transport'],
    deck: false,
    legend: [
      { label: 'Airport', symbol: { shape: 'ring', color: PALETTE.airport } },
      {
        label: 'G60 expressway (schematic)',
        symbol: { shape: 'dashed-line', color: PALETTE.corridor },
      },
    ],
  },
};

/** Every MapLibre layer the story toggles; the rest of the base style is always on. */
export const MANAGED_STYLE_LAYERS: readonly string[] = Object.values(STORY_LAYERS).flatMap(
  (layer) => layer.styleLayers,
);
