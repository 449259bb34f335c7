import { appleSite } from './apple-site';
import { autonomousPrefectures } from './autonomous-prefectures';
import { capital } from './capital';
import { coalPlants, hydroPlants } from './power-plants';
import { coalfields } from './coalfields';
import { dataCentres } from './data-centres';
import { districts } from './districts';
import { earthquakes } from './earthquakes';
import { gdpPerPerson } from './gdp-per-person';
import { guianArea } from './guian-area';
import { guizhouName } from './guizhou-name';
import { guizhouOutline } from './guizhou-outline';
import { mainland } from './mainland';
import { moutai } from './moutai';
import { neighbours } from './neighbours';

import { pilotZoneFirst, pilotZones } from './pilot-zones';
import { places } from './places';
import { prefectures } from './prefectures';
import { rivers } from './rivers';
import { terrain } from './terrain';
import { transport } from './transport';
import { urbanAreas } from './urban-areas';
import type { StoryLayer } from './types';
import { westEastPower } from './west-east-power';

/**
 * Every story layer a scene may show, by the id scenes name it with (`lib/story/scenes.ts`).
 * A layer is one module; adding one means its module, a line here and a scene that shows it.
 *
 * Listed bottom to top: within each slot of the base map's stack (`base-layers.ts`), MapLibre
 * layers are drawn in this order. deck.gl's are drawn in the scene's order, above the base
 * map's geography and under its labels.
 */
export const STORY_LAYERS = {
  'gdp-per-person': gdpPerPerson,
  mainland,
  terrain,
  neighbours,
  'autonomous-prefectures': autonomousPrefectures,
  prefectures,
  rivers,
  'urban-areas': urbanAreas,
  'guizhou-outline': guizhouOutline,
  districts,
  places,
  transport,
  moutai,
  capital,
  'guizhou-name': guizhouName,
  coalfields,
  'west-east-power': westEastPower,
  earthquakes,
  'hydro-plants': hydroPlants,
  'coal-plants': coalPlants,
  'pilot-zone-first': pilotZoneFirst,
  'pilot-zones': pilotZones,
  'guian-area': guianArea,
  'data-centres': dataCentres,
  'apple-site': appleSite,
} as const satisfies Readonly<Record<string, StoryLayer>>;

export type LayerId = keyof typeof STORY_LAYERS;

export const LAYER_IDS = Object.keys(STORY_LAYERS) as readonly LayerId[];

/** The ids of a story layer's MapLibre layers. */
export function styleLayerIds(layer: StoryLayer): readonly string[] {
  return layer.style?.map((slotted) => slotted.layer.id) ?? [];
}

/** Every MapLibre layer the story toggles; the rest of the base style is always on. */
export const MANAGED_STYLE_LAYERS: readonly string[] =
  Object.values<StoryLayer>(STORY_LAYERS).flatMap(styleLayerIds);

export type { LegendEntry, LegendSymbol, StoryLayer } from './types';
