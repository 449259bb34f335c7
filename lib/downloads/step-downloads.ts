import type { Scene } from '@/lib/story/scene-for';
import { LAYER_IDS, type LayerId } from '@/lib/map/layers';

/**
 * The backdrop of every map, not data of its own: Guizhou's outline and name and the terrain
 * tint. A step whose map shows nothing else offers no download.
 */
const BACKDROP_LAYERS: ReadonlySet<LayerId> = new Set<LayerId>([
  'guizhou-outline',
  'guizhou-name',
  'terrain',
]);

/**
 * Story layers whose features a step's "Download the data" files list: all but the backdrop.
 * `scripts/downloads/layer-tables.ts` has a table for each (a test keeps the two in step).
 */
export const DATA_LAYERS: ReadonlySet<LayerId> = new Set(
  LAYER_IDS.filter((layer) => !BACKDROP_LAYERS.has(layer)),
);

export const DOWNLOADS_FOLDER = 'downloads';

export interface StepDownloadFiles {
  /** Paths from the site's root; stable by step id, so a link in a worksheet keeps working. */
  readonly csv: string;
  readonly geojson: string;
}

/** Whether a scene's map shows data of its own (more than the backdrop). */
export function showsData(scene: Pick<Scene, 'layers'>): boolean {
  return scene.layers.some((layer) => DATA_LAYERS.has(layer));
}

/** The step's two files, or null when its map shows no data. */
export function downloadFilesFor(
  stepId: string,
  scene: Pick<Scene, 'layers'>,
): StepDownloadFiles | null {
  if (!showsData(scene)) return null;
  return {
    csv: `${DOWNLOADS_FOLDER}/${stepId}.csv`,
    geojson: `${DOWNLOADS_FOLDER}/${stepId}.geojson`,
  };
}
