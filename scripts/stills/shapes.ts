import type { IconShape } from '@/lib/map/icon-atlas';
import { el, num } from './svg';

/**
 * The live map's point symbols as SVG. deck.gl draws them from `lib/map/icon-atlas.ts`: each
 * shape in a 64-px cell with a 6-px inset, scaled so the cell is `size` pixels. The fractions
 * below are that drawing's, so a 20-px square here is a 20-px square there.
 */
const CELL = 64;
const INSET = 6;
const RING_STROKE = 10;

export interface SymbolStyle {
  readonly color: string;
  /** 0-1; deck.gl draws icons at alpha 235 of 255. */
  readonly opacity?: number;
}

/** A point symbol centred on [x, y], `size` pixels across as deck.gl's `getSize`. */
export function drawIcon(
  shape: IconShape,
  [x, y]: readonly [number, number],
  size: number,
  { color, opacity }: SymbolStyle,
): string {
  const k = size / CELL;
  const paint = { fill: color, 'fill-opacity': opacity };
  const ring = {
    fill: 'none',
    stroke: color,
    'stroke-opacity': opacity,
    'stroke-width': RING_STROKE * k,
  };
  switch (shape) {
    case 'circle':
      return el('circle', { cx: x, cy: y, r: (CELL / 2 - INSET) * k, ...paint });
    case 'ring':
      return el('circle', { cx: x, cy: y, r: (CELL / 2 - INSET - 4) * k, ...ring });
    case 'square': {
      const half = (CELL / 2 - INSET - 4) * k;
      return el('rect', { x: x - half, y: y - half, width: 2 * half, height: 2 * half, ...paint });
    }
    case 'square-ring': {
      const half = (CELL / 2 - INSET - 8) * k;
      return el('rect', { x: x - half, y: y - half, width: 2 * half, height: 2 * half, ...ring });
    }
    case 'diamond': {
      const r = (CELL / 2 - INSET) * k;
      const d = `M${num(x)} ${num(y - r)}L${num(x + r)} ${num(y)}L${num(x)} ${num(y + r)}L${num(x - r)} ${num(y)}Z`;
      return el('path', { d, ...paint });
    }
  }
}

/** How far a symbol reaches from its centre, for label offsets and collision boxes. */
export function iconRadius(shape: IconShape, size: number): number {
  const k = size / CELL;
  if (shape === 'square') return (CELL / 2 - INSET - 4) * k;
  if (shape === 'square-ring') return (CELL / 2 - INSET - 8 + RING_STROKE / 2) * k;
  return (CELL / 2 - INSET) * k;
}
