import type { LayerId } from '@/lib/map/layers';
import type { Bounds } from './fit-camera';
import type { CameraView } from './types';

/**
 * Every scene the story can show. Content names a scene by id; an unknown id stops the build.
 * A scene is complete state: its camera and every story layer it shows, so any step can be
 * reached from any other (deep link, presenter jump, reload) and look the same.
 */
export const SCENE_IDS = [
  'china',
  'guizhou',
  'moutai',
  'peoples',
  'plateau',
  'hazards',
  'hydro',
  'coal',
  'power',
  'first-zone',
  'pilot-zones',
  'wealth',
  'mainland',
  'guiyang',
  'guian',
  'apple',
  'data-centres',
] as const;

export type SceneId = (typeof SCENE_IDS)[number];

/** Story layers a scene may show, drawn over the base map: one module each, in `lib/map/layers`. */
export type { LayerId };

export interface SceneDefinition {
  /** The camera as composed for a desktop map pane. */
  readonly camera: CameraView;
  /** What must stay in view on any screen: smaller maps zoom out to keep it (`fitCamera`). */
  readonly focus: Bounds;
  readonly layers: readonly LayerId[];
}

/** A camera looking straight down, north up: how most scenes frame their map. */
function topDown(center: CameraView['center'], zoom: number): CameraView {
  return { center, zoom, pitch: 0, bearing: 0 };
}

const GUIZHOU_CENTER = [106.75, 26.8] as const;
const GUIZHOU: Bounds = [103.6, 24.6, 109.6, 29.2];
const CHINA: Bounds = [80, 20, 132, 50];
/** The whole country, as the story opens and as the map of its wealth shows it. */
const CHINA_VIEW = topDown([105.5, 34.5], 2.9);

export const SCENES: Readonly<Record<SceneId, SceneDefinition>> = {
  china: {
    camera: CHINA_VIEW,
    focus: CHINA,
    layers: ['guizhou-outline', 'guizhou-name'],
  },
  guizhou: {
    camera: topDown(GUIZHOU_CENTER, 6.1),
    focus: GUIZHOU,
    layers: ['guizhou-outline', 'prefectures', 'capital', 'moutai'],
  },
  moutai: {
    // Zunyi prefecture, with Guiyang at the bottom edge for scale.
    camera: topDown([106.55, 27.45], 7.2),
    focus: [105.6, 26.5, 107.6, 28.5],
    layers: ['guizhou-outline', 'prefectures', 'capital', 'moutai'],
  },
  peoples: {
    camera: topDown(GUIZHOU_CENTER, 6.1),
    focus: GUIZHOU,
    layers: ['guizhou-outline', 'prefectures', 'autonomous-prefectures', 'capital'],
  },
  plateau: {
    camera: { center: [106.2, 25.6], zoom: 5.6, pitch: 60, bearing: -20 },
    focus: [103.5, 24.5, 109.5, 29],
    layers: ['terrain', 'guizhou-outline', 'places'],
  },
  hazards: {
    camera: topDown([103.6, 27.8], 4.6),
    focus: [101, 24.5, 109.6, 32.5],
    layers: ['guizhou-outline', 'guizhou-name', 'neighbours', 'earthquakes'],
  },
  hydro: {
    camera: topDown([106.6, 26.6], 6.0),
    // Past the province's eastern edge: Sanbanxi's name runs east of its station.
    focus: [104.6, 24.6, 110.2, 28.6],
    layers: ['guizhou-outline', 'guizhou-name', 'rivers', 'hydro-plants'],
  },
  coal: {
    camera: topDown([105.9, 26.6], 6.2),
    focus: [104.4, 25.3, 106.8, 27.7],
    layers: ['guizhou-outline', 'coalfields', 'coal-plants'],
  },
  power: {
    camera: topDown([109.4, 25.3], 5.0),
    focus: [104.2, 22.8, 113.6, 28.7],
    layers: [
      'guizhou-outline',
      'guizhou-name',
      'rivers',
      'hydro-plants',
      'coal-plants',
      'west-east-power',
    ],
  },
  'first-zone': {
    camera: topDown([105.5, 31.5], 3.4),
    focus: CHINA,
    layers: ['guizhou-outline', 'pilot-zone-first'],
  },
  'pilot-zones': {
    camera: topDown([112.5, 33.0], 3.3),
    focus: [105.5, 22.5, 124, 42.5],
    layers: ['guizhou-outline', 'pilot-zones'],
  },
  wealth: {
    camera: CHINA_VIEW,
    focus: CHINA,
    layers: ['gdp-per-person', 'guizhou-outline', 'guizhou-name'],
  },
  mainland: {
    // Far enough east to show Taiwan, Hong Kong and Macao beside the mainland.
    camera: topDown([110.5, 29.5], 3.8),
    focus: [97, 18, 123, 42],
    layers: ['mainland', 'guizhou-outline', 'guizhou-name'],
  },
  guiyang: {
    // The capital in 2015, before Gui'an's data centres: the exchange and the expo are here.
    camera: topDown([106.6, 26.6], 8.2),
    focus: [106.0, 26.1, 107.2, 27.1],
    layers: ['districts', 'places'],
  },
  // Gui'an between its two cities: the context a reader needs to place the data centres.
  guian: {
    // South of the focus's middle: on a desktop the key covers the map's lower left, and
    // Anshun and Xixiu's name must stay clear of it (the key has an entry more since the
    // built-up area).
    camera: topDown([106.405, 26.315], 9),
    // From Anshun to Guiyang's airport, with room for their names; its top as far above the
    // centre as before the view moved south, so no screen zooms out for the move.
    focus: [105.92, 26.22, 106.83, 26.665],
    layers: ['districts', 'urban-areas', 'transport', 'places', 'guian-area', 'data-centres'],
  },
  // The close-ups put the sites above and right of the middle, clear of a desktop's key.
  apple: {
    camera: topDown([106.482, 26.358], 12),
    focus: [106.44, 26.345, 106.515, 26.385],
    layers: ['districts', 'guian-area', 'data-centres', 'apple-site'],
  },
  'data-centres': {
    camera: topDown([106.482, 26.356], 13),
    focus: [106.455, 26.345, 106.52, 26.385],
    layers: ['districts', 'guian-area', 'data-centres'],
  },
};
