import type { SceneId } from '@/lib/story/scenes';
import type { LoadedData } from '../load-dataset';
import { GUIAN_FILL_ALPHA, PALETTE, over } from '../palette';
import { pointRowsOf } from '../rows';
import { circles, labels } from '../symbol-layers';
import { GUIZHOU_AS_DRAWN } from './guizhou-outline';
import { describeRows, drawRows } from './row-layers';
import type { StoryLayer } from './types';

/** Gui'an New Area's planned 1,795 km², drawn as a circle of that area (no outline is published). */
export const GUIAN_RADIUS_M = Math.sqrt(1_795 / Math.PI) * 1000;

/**
 * Whether the Gui'an New Area's circle is named: not in the close-ups, which are all inside
 * it, where its name at the circle's centre would be cut by the frame's edge.
 */
export function guianAreaNamed(scene: SceneId): boolean {
  return scene !== 'apple' && scene !== 'data-centres';
}

/** The new area's point (`content/facts/places.yaml`), the circle's centre. */
function newArea(data: LoadedData) {
  return pointRowsOf(data, 'places').filter((d) => d.row.kind === 'new-area');
}

/** Gui'an New Area, where the data centres were built: a circle of its planned size. */
export const guianArea: StoryLayer = {
  datasets: ['places'],
  deck: drawRows(newArea, (rows, text, edition, scene) => [
    circles('guian-area', rows, {
      radius: GUIAN_RADIUS_M,
      units: 'meters',
      color: PALETTE.guian,
      fillAlpha: GUIAN_FILL_ALPHA,
      lineAlpha: 200,
      lineWidth: 2,
    }),
    ...(guianAreaNamed(scene.id)
      ? [
          labels('guian-area', rows, (row) => text.guianLabel(text.pick(row.name, row.nameZh)), {
            offset: () => [0, -10],
            anchor: 'middle',
            edition,
          }),
        ]
      : []),
  ]),
  legend: [
    {
      label: "Gui'an New Area (approximate extent)",
      // As drawn: the circle's light fill over Guizhou's, where the new area lies.
      symbol: {
        shape: 'area',
        color: over(GUIZHOU_AS_DRAWN, PALETTE.guian, GUIAN_FILL_ALPHA / 255),
        border: PALETTE.guian,
      },
    },
  ],
  describe: describeRows('guian-area', newArea, (_row, text) => [text.guianArea]),
};
