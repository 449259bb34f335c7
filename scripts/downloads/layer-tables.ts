import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { LoadedData } from '@/lib/map/load-dataset';
import { NEIGHBOUR_IDS, OUTSIDE_MAINLAND_IDS } from '@/lib/map/province-groups';
import { RIVER_NAME_ANCHORS } from '@/lib/map/river-names';
import {
  coalfieldRow,
  dataCentreRow,
  districtRow,
  earthquakeRow,
  pilotZoneRow,
  placeRow,
  powerPlantRow,
  toPathRows,
  toPointRows,
  transmissionRow,
  transportRow,
  type PointRow,
} from '@/lib/map/rows';
import { APPLE_SITE_ID } from '@/lib/map/layers/apple-site';
import type { LayerId } from '@/lib/story/scenes';
import type { SourceLink } from '@/lib/story/types';
import type { DataFeature } from './data-feature';
import { centroidOf, middleOf, roundLonLat } from './geometry';

/**
 * What a story layer puts in a download: its features, and the datasets in `story.yaml`
 * (by name) whose credit and licence the file must carry. Fact tables name their sources row
 * by row as well.
 */
export interface LayerTable {
  readonly datasets: readonly string[];
  readonly features: (data: LoadedData) => DataFeature[];
}

const POWER_PLANTS = 'Global Power Plant Database';
const PROVINCES = 'Natural Earth admin-1 states and provinces (1:10m)';
const GDP = 'GDP per person by province, 2021';
const PREFECTURES = 'Guizhou prefecture boundaries';
const RIVERS = 'GSHHG / WDBII river lines';
const DISTRICTS = 'Guiyang and Anshun district boundaries';
const AIRPORTS = 'OurAirports (Guiyang Longdongbao airport)';
const URBAN = 'Natural Earth urban areas (1:50m)';
const OSM = "OpenStreetMap (data-centre sites in Gui'an)";

const AT_POINT = 'the point itself';
const NAME_POINT = 'where the map writes its name';

function pointOf<T extends { id: string; name: string; sources: readonly SourceLink[] }>(
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
    pointNote: AT_POINT,
    ...extra,
    geometry: { type: 'Point', coordinates: [...roundLonLat(position)] },
    point: roundLonLat(position),
    sources: row.sources,
  };
}

function isArea(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

function text(feature: Feature, key: string): string | undefined {
  const value: unknown = feature.properties?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** The areas of a geometry file, each with its id, name and centre. */
function areas(
  collection: FeatureCollection | undefined,
  keep: (feature: Feature) => boolean,
  describe: (feature: Feature) => Partial<DataFeature> & { kind: string },
): DataFeature[] {
  return (collection?.features ?? []).flatMap((feature) => {
    const geometry = feature.geometry;
    if (!isArea(geometry) || !keep(feature)) return [];
    return [
      {
        id: text(feature, 'id') ?? '',
        name: text(feature, 'name') ?? '',
        details: [],
        geometry,
        point: centroidOf(geometry),
        pointNote: 'centre of the area',
        sources: [],
        ...describe(feature),
      },
    ];
  });
}

const PLACE_KINDS: Record<string, string> = {
  'provincial-capital': 'Provincial capital',
  city: 'City',
  town: 'Town',
  'new-area': 'New area',
};

function places(keep: (kind: string, id: string) => boolean): LayerTable {
  return {
    datasets: [],
    features: (data) =>
      toPointRows(data.get('places'), placeRow)
        .filter(({ row }) => keep(row.kind, row.id))
        .map((point) => pointOf(PLACE_KINDS[point.row.kind] ?? point.row.kind, point)),
  };
}

function plants(fuel: 'coal' | 'hydro'): LayerTable {
  return {
    datasets: [POWER_PLANTS],
    features: (data) =>
      toPointRows(data.get('powerPlants'), powerPlantRow)
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

function pilotZones(firstWaveOnly: boolean): LayerTable {
  return {
    datasets: [],
    features: (data) =>
      toPointRows(data.get('pilotZones'), pilotZoneRow)
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
      toPointRows(data.get('dataCentres'), dataCentreRow)
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

function prefectures(autonomousOnly: boolean): LayerTable {
  return {
    datasets: [PREFECTURES],
    features: (data) => {
      const labels = new Map(
        (data.get('prefectureLabels')?.features ?? []).flatMap((feature) =>
          feature.geometry?.type === 'Point'
            ? [[text(feature, 'id'), roundLonLat(feature.geometry.coordinates)] as const]
            : [],
        ),
      );
      return areas(
        data.get('prefectures'),
        (feature) => !autonomousOnly || feature.properties?.autonomous === true,
        (feature) => {
          const peoples: unknown = feature.properties?.peoples;
          const autonomous = feature.properties?.autonomous === true;
          const label = labels.get(text(feature, 'id'));
          return {
            kind: autonomous ? 'Autonomous prefecture' : 'Prefecture',
            nameZh: text(feature, 'nameZh'),
            details: autonomous && Array.isArray(peoples) ? [`peoples: ${peoples.join(', ')}`] : [],
            ...(label ? { point: label, pointNote: NAME_POINT } : {}),
          };
        },
      );
    },
  };
}

function provinces(keep: (id: string) => boolean, kind: (id: string) => string): LayerTable {
  return {
    datasets: [PROVINCES],
    features: (data) =>
      areas(
        data.get('provinces'),
        (feature) => keep(text(feature, 'id') ?? ''),
        (feature) => ({ kind: kind(text(feature, 'id') ?? '') }),
      ),
  };
}

const rivers: LayerTable = {
  datasets: [RIVERS],
  features: (data) => {
    const anchors = new Map(
      RIVER_NAME_ANCHORS.features.map((f) => [f.properties.name, f.geometry.coordinates]),
    );
    const unnamed: number[][][] = [];
    const named = (data.get('rivers')?.features ?? []).flatMap((feature): DataFeature[] => {
      const geometry = feature.geometry;
      if (geometry?.type !== 'LineString') return [];
      const name = text(feature, 'name');
      if (!name) {
        unnamed.push(geometry.coordinates);
        return [];
      }
      const anchor = anchors.get(name);
      return [
        {
          kind: 'River',
          id: name.toLowerCase(),
          name,
          details: ['named in the story'],
          geometry,
          point: anchor ? roundLonLat(anchor) : middleOf(geometry.coordinates),
          pointNote: 'a point on the river, where the map writes its name',
          sources: [],
        },
      ];
    });
    const others: DataFeature = {
      kind: 'River',
      id: 'other-rivers',
      name: 'Other rivers',
      details: [`${unnamed.length} lines, not named on the map`],
      geometry: { type: 'MultiLineString', coordinates: unnamed },
      point: null,
      pointNote: 'many lines: see the GeoJSON',
      sources: [],
    };
    return unnamed.length > 0 ? [...named, others] : named;
  },
};

/** Every data layer's table. `lib/downloads/step-downloads.ts` lists the same layers. */
export const LAYER_TABLES: Readonly<Partial<Record<LayerId, LayerTable>>> = {
  prefectures: prefectures(false),
  'autonomous-prefectures': prefectures(true),
  capital: places((kind) => kind === 'provincial-capital'),
  places: places((kind) => kind === 'provincial-capital' || kind === 'city'),
  moutai: places((_, id) => id === 'maotai'),
  neighbours: provinces(
    (id) => NEIGHBOUR_IDS.includes(id),
    () => 'Neighbouring province',
  ),
  'gdp-per-person': {
    datasets: [PROVINCES, GDP],
    features: (data) =>
      areas(
        data.get('provinces'),
        (feature) => typeof feature.properties?.gdpPerPerson === 'number',
        (feature) => ({
          kind: 'Province',
          value: Number(feature.properties?.gdpPerPerson),
          unit: 'US$ per person, 2021',
        }),
      ),
  },
  mainland: provinces(
    () => true,
    (id) =>
      OUTSIDE_MAINLAND_IDS.includes(id)
        ? 'Outside the mainland (not covered)'
        : 'Mainland province (data collected here stays here)',
  ),
  earthquakes: {
    datasets: [],
    features: (data) =>
      toPointRows(data.get('earthquakes'), earthquakeRow).map((point) =>
        pointOf('Earthquake epicentre', point, {
          value: point.row.magnitude,
          unit: 'magnitude',
          details: [`date: ${point.row.date}`],
        }),
      ),
  },
  rivers,
  'hydro-plants': plants('hydro'),
  'coal-plants': plants('coal'),
  coalfields: {
    datasets: [],
    features: (data) =>
      toPointRows(data.get('coalfields'), coalfieldRow).map((point) =>
        pointOf('Coalfield', point, {
          value: point.row.radiusKm,
          unit: 'km, radius of the approximate circle drawn',
          details: ['an approximate area, not a survey'],
        }),
      ),
  },
  'west-east-power': {
    datasets: [],
    features: (data) =>
      toPathRows(data.get('transmission'), transmissionRow).map(({ path, row }) => ({
        kind: 'Power transmission (schematic)',
        id: row.id,
        name: row.name,
        details: row.note ? [row.note] : [],
        geometry: { type: 'LineString', coordinates: path.map((p) => [...roundLonLat(p)]) },
        point: roundLonLat(path[0] ?? [0, 0]),
        pointNote: 'where the line starts',
        sources: row.sources,
      })),
  },
  'pilot-zone-first': pilotZones(true),
  'pilot-zones': pilotZones(false),
  'guian-area': {
    datasets: [],
    features: (data) =>
      toPointRows(data.get('places'), placeRow)
        .filter(({ row }) => row.kind === 'new-area')
        .map((point) =>
          pointOf('New area', point, {
            value: 1795,
            unit: 'km², planned area (drawn as a circle of that size)',
          }),
        ),
  },
  'data-centres': dataCentres(() => true),
  'apple-site': dataCentres((id) => id === APPLE_SITE_ID),
  districts: {
    datasets: [DISTRICTS],
    features: (data) =>
      toPointRows(data.get('districtLabels'), districtRow)
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
  },
  'urban-areas': {
    datasets: [URBAN],
    features: (data) =>
      areas(
        data.get('urbanAreas'),
        () => true,
        (feature) => ({
          kind: 'Built-up area',
          name: `${text(feature, 'name') ?? ''} built-up area`,
          nameZh: `${text(feature, 'nameZh') ?? ''}建成区`,
          value: Number(feature.properties?.areaKm2),
          unit: 'km², as Natural Earth maps it (satellite images of the early 2000s)',
        }),
      ),
  },
  transport: {
    datasets: [AIRPORTS],
    features: (data) => [
      ...toPointRows(data.get('transport'), transportRow).map((point) =>
        pointOf('Airport', point, { details: [point.row.note] }),
      ),
      ...toPathRows(data.get('transport'), transportRow).map(({ path, row }) => ({
        kind: 'Expressway (schematic)',
        id: row.id,
        name: row.name,
        details: [row.note],
        geometry: {
          type: 'LineString' as const,
          coordinates: path.map((p) => [...roundLonLat(p)]),
        },
        point: middleOf(path),
        pointNote: 'a point on the line',
        sources: row.sources,
      })),
    ],
  },
};
