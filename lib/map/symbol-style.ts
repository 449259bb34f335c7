import type { SceneId } from '@/lib/story/scenes';
import { PALETTE } from './palette';
import type { PilotZoneRow, PointRow, PowerPlantRow } from './rows';

/**
 * Sizes and colours of the story's symbols, shared by the live map (`deck-layers.ts`) and the
 * build-time stills (`scripts/stills/`), so a preview image draws what the reader will see.
 * Sizes are in screen pixels, as deck.gl's `sizeUnits: 'pixels'` reads them.
 */

/** Gui'an New Area's planned 1,795 km², drawn as a circle of that area (no outline is published). */
export const GUIAN_RADIUS_M = Math.sqrt(1_795 / Math.PI) * 1000;

/** Symbol size in pixels from capacity: area grows with MW, so the size with its square root. */
export function capacityToPixels(capacityMw: number): number {
  return 8 + Math.sqrt(Math.max(capacityMw, 0)) * 0.3;
}

/** An earthquake ring's radius in pixels: a magnitude 5 is 6 px, each step up adds 9. */
export function earthquakeRadiusPx(magnitude: number): number {
  return 6 + (magnitude - 5) * 9;
}

/**
 * The smallest plant that gets a name. In the power scene only the very largest plants are
 * named; the story's steps name the rest.
 */
export function plantLabelMinMw(fuel: PowerPlantRow['fuel'], scene: SceneId): number {
  if (fuel === 'hydro') return scene === 'power' ? 2_000 : 1_000;
  return scene === 'power' ? 10_000 : 1_800;
}

export const PILOT_COLOURS: Readonly<Record<PilotZoneRow['kind'], string>> = {
  first: PALETTE.pilotFirst,
  'cross-regional': PALETTE.pilotCrossRegional,
  'regional-demonstration': PALETTE.pilotRegional,
  infrastructure: PALETTE.pilotInfrastructure,
};

/** A pilot zone's icon size: the first zone alone is larger than among all eight. */
export function pilotZoneSize(
  row: PilotZoneRow,
  layer: 'pilot-zone-first' | 'pilot-zones',
): number {
  if (layer === 'pilot-zone-first') return 26;
  return row.wave === 1 ? 24 : 18;
}

/** A data centre's icon size: large where the sites are the subject, small in the wider view. */
export function dataCentreSize(scene: SceneId): number {
  if (scene === 'data-centres') return 20;
  return scene === 'apple' ? 16 : 12;
}

/**
 * Whether the Gui'an New Area's circle is named: not in the close-ups, which are all inside
 * it, where its name at the circle's centre would be cut by the frame's edge.
 */
export function guianAreaNamed(scene: SceneId): boolean {
  return scene !== 'apple' && scene !== 'data-centres';
}

/** The site the Apple step is about (`content/facts/data-centres.yaml`). */
export const APPLE_SITE_ID = 'apple-gcbd';
/** The ring around the Apple site, in pixels: clear of its square at the Apple scene's size. */
export const APPLE_RING_RADIUS_PX = 17;
export const APPLE_RING_WIDTH_PX = 3;
export const APPLE_LABEL_SIZE = 15;

/** Where the data centres' one name goes in the wide view: the sites' middle. */
export function siteCluster<T>(rows: readonly PointRow<T>[]): PointRow<null>[] {
  if (rows.length === 0) return [];
  const mean = (axis: 0 | 1) => rows.reduce((sum, d) => sum + d.position[axis], 0) / rows.length;
  return [{ position: [mean(0), mean(1)], row: null }];
}

/** The wide view's name for the sites, which are too close together there to name one by one. */
export const SITE_CLUSTER_LABEL = 'Data-centre sites';

/**
 * In the Apple step, the other companies' data centres (not Foxconn's park) are named together:
 * at that step's zoom a phone has no room for their three names beside Apple's larger one.
 */
export const OTHER_CENTRES_LABEL = 'Tencent, Huawei and telecom operators';
export function isOtherCentre(row: { readonly id: string; readonly kind: string }): boolean {
  return row.id !== APPLE_SITE_ID && row.kind !== 'industrial-park';
}
