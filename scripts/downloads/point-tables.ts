import { pointRowsOf, type PointRow, type RowDatasetId, type RowOf } from '@/lib/map/rows';
import type { SourceLink } from '@/lib/story/types';
import type { DataFeature, LayerTable } from './data-feature';
import { roundLonLat } from './geometry';

/** The download tables of the layers drawn as points: fact-table rows and district labels. */

const POWER_PLANTS = 'Global Power Plant Database';
const DISTRICTS = 'Guiyang and Anshun district boundaries';
const OSM = "OpenStreetMap (data-centre sites in Gui'an)";

/** The `pointNote` of a feature placed where its name is written rather than at its centre. */
export const NAME_POINT = 'where the map writes its name';

type Extra = Partial<Pick<DataFeature, 'value' | 'unit' | 'nameZh' | 'pointNote' | 'details'>>;

/** A point row as a download feature. */
export function pointOf<T extends { id: string; name: string; sources?: readonly SourceLink[] }>(
  kind: string,
  { position, row }: PointRow<T>,
  extra: Extra = {},
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
    sources: row.sources ?? [],
  };
}

/** The table of a fact file's points: the rows `keep` keeps, each of `kind`, with `extra`. */
function pointTable<Id extends RowDatasetId>(
  id: Id,
  kind: string | ((row: RowOf<Id>) => string),
  {
    datasets = [],
    keep = () => true,
    extra = () => ({}),
  }: {
    datasets?: readonly string[];
    keep?: (row: RowOf<Id>) => boolean;
    extra?: (row: RowOf<Id>) => Extra;
  } = {},
): LayerTable {
  return {
    datasets,
    features: (data) =>
      pointRowsOf(data, id)
        .filter(({ row }) => keep(row))
        .map((point) =>
          pointOf(typeof kind === 'string' ? kind : kind(point.row), point, extra(point.row)),
        ),
  };
}

const PLACE_KINDS: Record<string, string> = {
  'provincial-capital': 'Provincial capital',
  city: 'City',
  town: 'Town',
  'new-area': 'New area',
};

export const places = (keep: (row: RowOf<'places'>) => boolean): LayerTable =>
  pointTable('places', (row) => PLACE_KINDS[row.kind] ?? row.kind, { keep });

export const plants = (fuel: 'coal' | 'hydro'): LayerTable =>
  pointTable('powerPlants', fuel === 'hydro' ? 'Hydro station' : 'Coal power plant', {
    datasets: [POWER_PLANTS],
    keep: (row) => row.fuel === fuel,
    extra: (row) => ({
      value: row.capacityMw,
      unit: 'MW',
      details: [
        ...(row.river ? [`on the ${row.river} River`] : []),
        ...(row.year ? [`in service from ${row.year}`] : []),
        `location: ${row.confidence} confidence`,
      ],
    }),
  });

const PILOT_KINDS: Record<string, string> = {
  first: 'first national big-data comprehensive pilot zone',
  'cross-regional': 'cross-regional pilot zone',
  'regional-demonstration': 'regional demonstration pilot zone',
  infrastructure: 'big-data infrastructure pilot zone',
};

export const pilotZones = (firstWaveOnly: boolean): LayerTable =>
  pointTable('pilotZones', 'Big-data pilot zone', {
    keep: (row) => !firstWaveOnly || row.wave === 1,
    extra: (row) => ({
      details: [
        PILOT_KINDS[row.kind] ?? row.kind,
        `approved ${row.approved}`,
        `shown at ${row.city}`,
      ],
    }),
  });

export const dataCentres = (keep: (row: RowOf<'dataCentres'>) => boolean): LayerTable =>
  pointTable('dataCentres', 'Data centre', {
    datasets: [OSM],
    keep,
    extra: (row) => ({
      details: [
        row.operator,
        row.role,
        ...(row.dates ? [`dates: ${row.dates}`] : []),
        `location: ${row.confidence} confidence`,
      ],
    }),
  });

export const earthquakes = pointTable('earthquakes', 'Earthquake epicentre', {
  extra: (row) => ({ value: row.magnitude, unit: 'magnitude', details: [`date: ${row.date}`] }),
});

export const coalfields = pointTable('coalfields', 'Coalfield', {
  extra: (row) => ({
    value: row.radiusKm,
    unit: 'km, radius of the approximate circle drawn',
    details: ['an approximate area, not a survey'],
  }),
});

export const guianArea = pointTable('places', 'New area', {
  keep: (row) => row.kind === 'new-area',
  extra: () => ({ value: 1795, unit: 'km², planned area (drawn as a circle of that size)' }),
});

export const districts = pointTable('districtLabels', 'County-level division', {
  datasets: [DISTRICTS],
  keep: (row) => row.view === 'region',
  extra: (row) => ({
    nameZh: row.nameZh,
    pointNote: NAME_POINT,
    details: [row.kind, `part of ${row.prefecture === 'guiyang' ? 'Guiyang' : 'Anshun'}`],
  }),
});
