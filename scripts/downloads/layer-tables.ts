import type { LayerId } from '@/lib/story/scenes';
import { gdpPerPerson, mainland, neighbours, prefectures } from './area-tables';
import type { LayerTable } from './data-feature';
import { rivers, transport, westEastPower } from './line-tables';
import {
  allDataCentres,
  appleSite,
  coalfields,
  districts,
  earthquakes,
  guianArea,
  pilotZones,
  places,
  plants,
} from './point-tables';

/** Every data layer's table. `lib/downloads/step-downloads.ts` lists the same layers. */
export const LAYER_TABLES: Readonly<Partial<Record<LayerId, LayerTable>>> = {
  prefectures: prefectures(false),
  'autonomous-prefectures': prefectures(true),
  capital: places((kind) => kind === 'provincial-capital'),
  places: places((kind) => kind === 'provincial-capital' || kind === 'city'),
  moutai: places((_, id) => id === 'maotai'),
  neighbours,
  'gdp-per-person': gdpPerPerson,
  mainland,
  earthquakes,
  rivers,
  'hydro-plants': plants('hydro'),
  'coal-plants': plants('coal'),
  coalfields,
  'west-east-power': westEastPower,
  'pilot-zone-first': pilotZones(true),
  'pilot-zones': pilotZones(false),
  'guian-area': guianArea,
  'data-centres': allDataCentres,
  'apple-site': appleSite,
  districts,
  transport,
};
