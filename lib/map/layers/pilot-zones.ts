import type { LoadedData } from '../load-dataset';
import { PALETTE } from '../palette';
import { pointRowsOf, type PilotZoneRow } from '../rows';
import { icons, labels } from '../symbol-layers';
import { describeRows, drawRows } from './row-layers';
import type { Describer, LegendEntry, StoryLayer } from './types';

/** The pilot zones' deck.gl layer id, whichever of the two story layers draws them. */
const PILOT_ZONES_DECK_ID = 'pilot-zones';

export const PILOT_COLOURS: Readonly<Record<PilotZoneRow['kind'], string>> = {
  first: PALETTE.pilotFirst,
  'cross-regional': PALETTE.pilotCrossRegional,
  'regional-demonstration': PALETTE.pilotRegional,
  infrastructure: PALETTE.pilotInfrastructure,
};

const FIRST_ZONE_LEGEND: LegendEntry = {
  label: 'First pilot zone, Feb 2016',
  symbol: { shape: 'diamond', color: PALETTE.pilotFirst, size: 14 },
};

/** A pilot zone's icon size: the first zone alone is larger than among all eight. */
export function pilotZoneSize(
  row: PilotZoneRow,
  layer: 'pilot-zone-first' | 'pilot-zones',
): number {
  if (layer === 'pilot-zone-first') return 26;
  return row.wave === 1 ? 24 : 18;
}

const allZones = (data: LoadedData) => pointRowsOf(data, 'pilotZones');
const firstZone = (data: LoadedData) => allZones(data).filter(({ row }) => row.wave === 1);

/** The pilot zones, or only the first wave (Guizhou) for the scenes that show it alone. */
function describePilotZones(rowsOf: typeof allZones): Describer {
  return describeRows(PILOT_ZONES_DECK_ID, rowsOf, (row, text) => [
    text.pilotKinds[row.kind],
    text.approved(row.approved),
    text.shownAt(text.pick(row.city, row.cityZh)),
  ]);
}

/** Guizhou alone as the first pilot zone, before the other seven were named. */
export const pilotZoneFirst: StoryLayer = {
  datasets: ['pilotZones'],
  deck: drawRows(firstZone, (rows, text, edition) => [
    icons(
      PILOT_ZONES_DECK_ID,
      rows,
      () => 'diamond',
      (row) => PILOT_COLOURS[row.kind],
      (row) => pilotZoneSize(row, 'pilot-zone-first'),
    ),
    labels(
      PILOT_ZONES_DECK_ID,
      rows,
      (row) => text.firstZoneLabel(text.pick(row.name, row.nameZh)),
      { offset: () => [16, 0], edition },
    ),
  ]),
  legend: [FIRST_ZONE_LEGEND],
  describe: describePilotZones(firstZone),
};

/**
 * Pilot zone names set somewhere other than beside their symbol: Beijing-Tianjin-Hebei's long
 * name, beside Beijing, ran across N. KOREA's; set below it, it sits over the Bohai Sea.
 */
const LABEL_OFFSETS: Readonly<Record<string, [number, number]>> = {
  'beijing-tianjin-hebei': [13, 13],
};

/** All eight pilot zones: Guizhou's first, the seven of October 2016 by kind. */
export const pilotZones: StoryLayer = {
  datasets: ['pilotZones'],
  deck: drawRows(allZones, (rows, text, edition) => [
    icons(
      PILOT_ZONES_DECK_ID,
      rows,
      (row) => (row.wave === 1 ? 'diamond' : 'circle'),
      (row) => PILOT_COLOURS[row.kind],
      (row) => pilotZoneSize(row, 'pilot-zones'),
    ),
    labels(PILOT_ZONES_DECK_ID, rows, (row) => text.pick(row.name, row.nameZh), {
      offset: (d) => LABEL_OFFSETS[d.row.id] ?? [13, 0],
      size: 12,
      edition,
    }),
  ]),
  legend: [
    FIRST_ZONE_LEGEND,
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
  describe: describePilotZones(allZones),
};
