/** Where things go on a still: the Open Graph preview size, a title band, then the map. */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Open Graph's recommended preview size (1.91:1); chat apps and platforms crop less at it. */
export const STILL_WIDTH = 1200;
export const STILL_HEIGHT = 630;

export const TITLE_BAND_HEIGHT = 84;

/** The map's part of the image: everything under the title band. */
export const MAP_FRAME: Rect = {
  x: 0,
  y: TITLE_BAND_HEIGHT,
  width: STILL_WIDTH,
  height: STILL_HEIGHT - TITLE_BAND_HEIGHT,
};

/** Space kept between the map frame's edge and the legend, labels and credits. */
export const INSET = 14;

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export function rectToBox(rect: Rect): Box {
  return { x0: rect.x, y0: rect.y, x1: rect.x + rect.width, y1: rect.y + rect.height };
}

export function insetBox(box: Box, by: number): Box {
  return { x0: box.x0 + by, y0: box.y0 + by, x1: box.x1 - by, y1: box.y1 - by };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

export function boxContains(outer: Box, inner: Box): boolean {
  return (
    inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1
  );
}

export function unionBox(a: Box, b: Box): Box {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}
