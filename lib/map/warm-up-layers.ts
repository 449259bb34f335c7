import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { PathRow, PointRow } from './rows';
import { SYMBOL_PROPS, icons, labels } from './symbol-layers';

/** One point and one path, anywhere: what is drawn is never seen. */
const POINT: readonly PointRow<null>[] = [{ position: [106.7, 26.6], row: null }];
const PATH: readonly PathRow<null>[] = [
  {
    path: [
      [106.7, 26.6],
      [106.8, 26.6],
    ],
    row: null,
  },
];

/** The kinds of layer the story draws with deck.gl, in the order they are warmed up. */
export const WARM_UP_KINDS = ['circles', 'paths', 'icons', 'labels'] as const;

/**
 * One layer of each kind the story draws with deck.gl (`WARM_UP_KINDS`, in that order), fully
 * transparent, drawn from the first screen on. A layer's first draw makes deck.gl link its
 * shaders and then read the linked program's layout back from the GPU; the page waits there
 * until the GPU has finished all it was given. Mid-flight, with frames queued, that wait was
 * the longest task of a scroll.
 * Drawn once while the reader is on the first screen, the program is shared by every later
 * layer of its kind, and the GPU has also prepared the draw state.
 */
export function buildWarmUpLayers(): Layer[] {
  const unseen = { ...SYMBOL_PROPS, opacity: 0, pickable: false } as const;
  return [
    new ScatterplotLayer<PointRow<null>>({
      ...unseen,
      id: 'warm-up-circles',
      data: POINT,
      getPosition: (d) => d.position,
      stroked: true,
    }),
    new PathLayer<PathRow<null>>({
      ...unseen,
      id: 'warm-up-paths',
      data: PATH,
      getPath: (d) => d.path.flat(),
      positionFormat: 'XY',
    }),
    icons(
      'warm-up-icons',
      POINT,
      () => 'circle',
      () => '#000',
      () => 1,
    ).clone(unseen),
    labels('warm-up-labels', POINT, () => 'A').clone(unseen),
  ];
}
