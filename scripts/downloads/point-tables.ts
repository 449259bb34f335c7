import { APPLE_SITE_ID } from '@/lib/map/layers/apple-site';
import { pointRowsOf, type PointRow } from '@/lib/map/rows';
import type { SourceLink } from '@/lib/story/types';
import type { DataFeature, LayerTable } from './data-feature';
import { roundLonLat } from './geometry';

/** The download tables of the layers drawn as points: fact-table rows and district labels. */

const POWER_PLANTS = 'Global Power Plant Database';
const DISTRICTS = 'Guiyang and Anshun district boundaries';
const OSM = "OpenStreetMap (data-centre sites in Gui'an)";

/** The `pointNote` of a feature placed where its name is written rather than at its centre. */
export const NAME_POINT = 'where the map writes its name';

/** A point row as a download feature. */
export function pointOf<T extends { id: string; name: string; sources: readonly SourceLink[] }>(
  kind: string,
  { position, row }: PointRow<T>,
  extra: Partial<Pick<DataFeature, 'value' | 'unit' | 'nameZh' | 'pointNote'>> & {
    details?: string[];
  } = {},
): DataFeature {
  return {
    kind,
    id: row.id,
    name: row.name,
    details: [],
    pointNote: 'the point itself',
    ...extra,
    geometry: { type: 'Point', coordinates: [...roundLonLat(position)] },
    point: roundLonLat(position),
    sources: row.sources,
  };
}

const PLACE_KINDS: Record<string, string> = {
  'provincial-capital': 'Provincial capital',
  city: 'City',
  town: 'Town',
  'new-area': 'New area',
};

export function places(keep: (kind: string, id: string) => boolean): LayerTable {
  return {
    datasets: [],
    features: (data) =>
      pointRowsOf(data, 'places')
        .filter(({ row }) => keep(row.kind, row.id))
        .map((point) => pointOf(PLACE_KINDS[point.row.kind] ?? point.row.kind, point)),
  };
}

export function plants(fuel: 'coal' | 'hydro'): LayerTable {
  return {
    datasets: [POWER_PLANTS],
    features: (data) =>
      pointRowsOf(data, 'powerPlants')
        .filter(({ row }) => row.fuel === fuel)
        .map((point) =>
          pointOf(fuel === 'hydro' ? 'Hydro station' : 'Coal power plant', point, {
            value: point.row.capacityMw,
            unit: 'MW',
            details: [
              ...(point.row.river ? [`on the ${point.row.river} River`] : []),
              ...(point.row.year ? [`in service from ${point.row.year}`] : []),
              `location: ${point.row.confidence} confidence`,
            ],
          }),
        ),
  };
}

const PILOT_KINDS: Record<string, string> = {
  first: 'first national big-data comprehensive pilot zone',
  'cross-regional': 'cross-regional pilot zone',
  'regional-demonstration': 'regional demonstration pilot zone',
  infrastructure: 'big-data infrastructure pilot zone',
};

export function pilotZones(firstWaveOnly: boolean): LayerTable {
  return {
    datasets: [],
    features: (data) =>
      pointRowsOf(data, 'pilotZones')
        .filter(({ row }) => !firstWaveOnly || row.wave === 1)
        .map((point) =>
          pointOf('Big-data pilot zone', point, {
            details: [
              PILOT_KINDS[point.row.kind] ?? point.row.kind,
              `approved ${point.row.approved}`,
              `shown at ${point.row.city}`,
            ],
          }),
        ),
  };
}

function dataCentres(keep: (id: string) => boolean): LayerTable {
  return {
    datasets: [OSM],
    features: (data) =>
      pointRowsOf(data, 'dataCentres')
        .filter(({ row }) => keep(row.id))
        .map((point) =>
          pointOf('Data centre', point, {
            details: [
              point.row.operator,
              point.row.role,
              ...(point.row.dates ? [`dates: ${point.row.dates}`] : []),
              `location: ${point.row.confidence} confidence`,
            ],
          }),
        ),
  };
}

export const allDataCentres = dataCentres(() => true);
export const appleSite = dataCentres((id) => id === APPLE_SITE_ID);

export const earthquakes: LayerTable = {
  datasets: [],
  features: (data) =>
    pointRowsOf(data, 'earthquakes').map((point) =>
      pointOf('Earthquake epicentre', point, {
        value: point.row.magnitude,
        unit: 'magnitude',
        details: [`date: ${point.row.date}`],
      }),
    ),
};

export const coalfields: LayerTable = {
  datasets: [],
  features: (data) =>
    pointRowsOf(data, 'coalfields').map((point) =>
      pointOf('Coalfield', point, {
        value: point.row.radiusKm,
        unit: 'km, radius of the approximate circle drawn',
        details: ['an approximate area, not a survey'],
      }),
    ),
};

export const guianArea: LayerTable = {
  datasets: [],
  features: (data) =>
    pointRowsOf(data, 'places')
      .filter(({ row }) => row.kind === 'new-area')
      .map((point) =>
        pointOf('New area', point, {
          value: 1795,
          unit: 'km², planned area (drawn as a circle of that size)',
        }),
      ),
};

export const districts: LayerTable = {
  datasets: [DISTRICTS],
  features: (data) =>
    pointRowsOf(data, 'districtLabels')
      .filter(({ row }) => row.view === 'region')
      .map((point) =>
        pointOf(
          'County-level division',
          { ...point, row: { ...point.row, sources: [] } },
          {
            nameZh: point.row.nameZh,
            pointNote: NAME_POINT,
            details: [
              point.row.kind,
              `part of ${point.row.prefecture === 'guiyang' ? 'Guiyang' : 'Anshun'}`,
            ],
          },
        ),
      ),
};
