import { APPLE_SITE_ID } from '@/lib/map/layers/apple-site';
import type { LayerId } from '@/lib/story/scenes';
import { gdpPerPerson, mainland, neighbours, prefectures, urbanAreas } from './area-tables';
import type { LayerTable } from './data-feature';
import { rivers, transport, westEastPower } from './line-tables';
import {
  coalfields,
  dataCentres,
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
  capital: places((row) => row.kind === 'provincial-capital'),
  places: places((row) => row.kind === 'provincial-capital' || row.kind === 'city'),
  moutai: places((row) => row.id === 'maotai'),
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
  'data-centres': dataCentres(() => true),
  'apple-site': dataCentres((row) => row.id === APPLE_SITE_ID),
  districts,
  'urban-areas': urbanAreas,
  transport,
};
