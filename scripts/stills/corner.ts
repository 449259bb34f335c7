import { INSET, overlapArea, type Box, type Rect } from './layout';

/** The four corners a panel may sit in, in order of preference. */
export const CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'] as const;
export type Corner = (typeof CORNERS)[number];

export interface CornerAvoid {
  /** Symbols: covering one costs most. */
  readonly marks: readonly Box[];
  /** Where labels want to go. */
  readonly anchors: readonly (readonly [number, number])[];
  /** What the scene is about (its focus bounds, projected). */
  readonly focus: Box;
  /** Already taken at the bottom right, e.g. the credits: a panel there sits above it. */
  readonly bottomRight?: Box;
}

export function panelBox(
  corner: Corner,
  width: number,
  height: number,
  frame: Rect,
  bottomRight?: Box,
): Box {
  const left = corner.endsWith('left');
  const top = corner.startsWith('top');
  const x0 = left ? frame.x + INSET : frame.x + frame.width - INSET - width;
  const floor =
    corner === 'bottom-right' && bottomRight ? bottomRight.y0 - 4 : frame.y + frame.height - INSET;
  const y0 = top ? frame.y + INSET : floor - height;
  return { x0, y0, x1: x0 + width, y1: y0 + height };
}

/**
 * The corner where a panel hides least of the map: fewest symbols, then fewest label anchors,
 * then least of the scene's focus. Ties go to the earlier corner, so the choice is stable.
 */
export function chooseCorner(width: number, height: number, frame: Rect, avoid: CornerAvoid): Box {
  const cost = (box: Box) =>
    avoid.marks.reduce((sum, mark) => sum + (overlapArea(mark, box) > 0 ? 1000 : 0), 0) +
    avoid.anchors.reduce(
      (sum, [x, y]) => sum + (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1 ? 300 : 0),
      0,
    ) +
    overlapArea(avoid.focus, box) / 100;
  const boxes = CORNERS.map((corner) => panelBox(corner, width, height, frame, avoid.bottomRight));
  return boxes.reduce((best, box) => (cost(box) < cost(best) ? box : best));
}
