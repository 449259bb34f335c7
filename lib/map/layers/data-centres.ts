import type { SceneId } from '@/lib/story/scenes';
import { FEATURE_TEXT } from '../feature-text';
import { PALETTE } from '../palette';
import { pointRowsOf, westToEast, type DataCentreRow, type PointRow } from '../rows';
import { icons, labels } from '../symbol-layers';
import { APPLE_SITE_ID } from './apple-site';
import { describeRows } from './row-layers';
import type { StoryLayer } from './types';

/** A data centre's icon size: large where the sites are the subject, small in the wider view. */
export function dataCentreSize(scene: SceneId): number {
  if (scene === 'data-centres') return 20;
  return scene === 'apple' ? 16 : 12;
}

/** Where the data centres' one name goes in the wide view: the sites' middle. */
export function siteCluster<T>(rows: readonly PointRow<T>[]): PointRow<null>[] {
  if (rows.length === 0) return [];
  const mean = (axis: 0 | 1) => rows.reduce((sum, d) => sum + d.position[axis], 0) / rows.length;
  return [{ position: [mean(0), mean(1)], row: null }];
}

/** The wide view's name for the sites, which are too close together there to name one by one. */
export const SITE_CLUSTER_LABEL = FEATURE_TEXT.en.siteCluster;

/**
 * In the Apple step, the other companies' data centres (not Foxconn's park) are named together:
 * at that step's zoom a phone has no room for their three names beside Apple's larger one.
 */
export const OTHER_CENTRES_LABEL = FEATURE_TEXT.en.otherCentres;
export function isOtherCentre(row: { readonly id: string; readonly kind: string }): boolean {
  return row.id !== APPLE_SITE_ID && row.kind !== 'industrial-park';
}

/** The data centres and parks of Gui'an; operators' sites we could not pin down as rings. */
export const dataCentres: StoryLayer = {
  datasets: ['dataCentres'],
  deck: (data, scene, _zoom, edition) => {
    const text = FEATURE_TEXT[edition];
    const mapLabel = (row: DataCentreRow) => text.pick(row.mapLabel, row.mapLabelZh);
    const rows = westToEast(pointRowsOf(data, 'dataCentres'));
    const symbols = icons(
      'data-centres',
      rows,
      (row) => (row.confidence === 'low' ? 'square-ring' : 'square'),
      () => PALETTE.dataCentre,
      () => dataCentreSize(scene.id),
    );
    const gap = dataCentreSize(scene.id) + 2;
    if (scene.id === 'guian') {
      // A few hundred metres apart, the sites are one spot at this zoom: one name for them.
      return [
        symbols,
        labels('data-centres', siteCluster(rows), () => text.siteCluster, {
          offset: () => [0, 18],
          anchor: 'middle',
          size: 12,
          edition,
        }),
      ];
    }
    if (scene.id === 'apple') {
      // The Apple site's own layer names it; the park beside it by name, the others together.
      const others = rows.filter((d) => isOtherCentre(d.row));
      const park = rows.filter((d) => d.row.id !== APPLE_SITE_ID && !isOtherCentre(d.row));
      return [
        symbols,
        labels('data-centres', park, mapLabel, {
          anchor: 'middle',
          offset: () => [0, gap],
          size: 12,
          edition,
        }),
        labels('data-centres-others', siteCluster(others), () => text.otherCentres, {
          anchor: 'middle',
          offset: () => [0, -gap],
          size: 12,
          edition,
        }),
      ];
    }
    // Sites a few hundred metres apart: labels alternate above and below, west to east.
    return [
      symbols,
      labels('data-centres', rows, mapLabel, {
        anchor: 'middle',
        offset: (_row, index) => [0, index % 2 === 0 ? -gap : gap],
        edition,
      }),
    ];
  },
  legend: [
    {
      label: 'Data centre or park (OpenStreetMap)',
      symbol: { shape: 'square', color: PALETTE.dataCentre, size: 11 },
    },
    {
      label: "Telecom operators' centres (approximate)",
      symbol: { shape: 'square-ring', color: PALETTE.dataCentre, size: 11 },
    },
  ],
  describe: describeRows(
    'data-centres',
    (data) => pointRowsOf(data, 'dataCentres'),
    (row, text) => [
      text.pick(row.operator, row.operatorZh),
      text.pick(row.role, row.roleZh),
      ...(row.dates ? [text.dates(text.pick(row.dates, row.datesZh))] : []),
      text.confidence(
        row.confidence,
        row.confidenceNote && text.pick(row.confidenceNote, row.confidenceNoteZh),
      ),
    ],
  ),
};
