import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { NEIGHBOUR_IDS, OUTSIDE_MAINLAND_IDS } from '@/lib/map/province-groups';
import type { DataFeature, LayerTable } from './data-feature';
import { centroidOf, roundLonLat } from './geometry';
import { NAME_POINT } from './point-tables';

/** The download tables of the layers drawn as areas: provinces, prefectures, built-up land. */

const PROVINCES = 'Natural Earth admin-1 states and provinces (1:10m)';
const GDP = 'GDP per person by province, 2021';
const PREFECTURES = 'Guizhou prefecture boundaries';
const URBAN = 'Natural Earth urban areas (1:50m)';

function isArea(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** A feature's property `key` if it is a string. */
export function text(feature: Feature, key: string): string | undefined {
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

export function prefectures(autonomousOnly: boolean): LayerTable {
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

export const neighbours = provinces(
  (id) => NEIGHBOUR_IDS.includes(id),
  () => 'Neighbouring province',
);

export const mainland = provinces(
  () => true,
  (id) =>
    OUTSIDE_MAINLAND_IDS.includes(id)
      ? 'Outside the mainland (not covered)'
      : 'Mainland province (data collected here stays here)',
);

export const gdpPerPerson: LayerTable = {
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
};

export const urbanAreas: LayerTable = {
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
};
