import { PALETTE } from '@/lib/map/palette';
import { baselineShift, measureText, type FontFace } from './fonts';
import { boxContains, boxesOverlap, overlapArea, type Box } from './layout';
import { el, escapeXml } from './svg';

/**
 * Map labels without overlaps. MapLibre and deck.gl each place labels at run time; a still
 * has to do it once, for every label of every layer together: in order of importance, each
 * label takes the first of its preferred positions that stays in the frame and clear of the
 * labels and symbols already there, or is left out (a required one then takes the position
 * that overlaps least).
 */

export type Placement = 'right' | 'left' | 'above' | 'below' | 'center';

/**
 * A placement at the request's point and `gap`, or with its own gap (outside an area rather
 * than on it) and point (another spot of the same area).
 */
export type PlacementOption =
  | Placement
  | {
      readonly placement: Placement;
      readonly gap: number;
      readonly at?: readonly [number, number];
    };

export interface LabelStyle {
  readonly face: FontFace;
  readonly size: number;
  readonly color: string;
  /** In ems, as MapLibre's `text-letter-spacing`. */
  readonly letterSpacing?: number;
}

export interface LabelRequest {
  /** Lines are separated by `\n`. */
  readonly text: string;
  /** The point the label belongs to, in image pixels. */
  readonly at: readonly [number, number];
  readonly style: LabelStyle;
  /** Higher is placed first. */
  readonly priority: number;
  readonly placements: readonly PlacementOption[];
  /** Pixels between `at` and the nearest edge of the text (a symbol's radius and a little). */
  readonly gap?: number;
  readonly required?: boolean;
}

export interface PlacedLabel {
  readonly request: LabelRequest;
  readonly placement: Placement;
  /** The text's extent, halo included. */
  readonly box: Box;
}

const LINE_HEIGHT = 1.2;
/** The halo's reach beyond the glyphs (half its stroke), counted in collision boxes. */
const HALO = 1.5;
const HALO_STROKE = 2 * HALO;

function lines(request: LabelRequest): string[] {
  return request.text.split('\n');
}

/** The width and height of a label's text block, in pixels. */
export function labelSize(request: LabelRequest): { width: number; height: number } {
  const { face, size, letterSpacing } = request.style;
  const all = lines(request);
  const width = Math.max(...all.map((line) => measureText(line, face, size, letterSpacing)));
  return { width, height: all.length * size * LINE_HEIGHT };
}

/** Where a label's box lies for one placement. */
export function labelBox(request: LabelRequest, option: PlacementOption): Box {
  const { width, height } = labelSize(request);
  const [x, y] = (typeof option === 'string' ? undefined : option.at) ?? request.at;
  const placement = typeof option === 'string' ? option : option.placement;
  const gap = typeof option === 'string' ? (request.gap ?? 0) : option.gap;
  let x0 = x - width / 2;
  let y0 = y - height / 2;
  if (placement === 'right') x0 = x + gap;
  if (placement === 'left') x0 = x - gap - width;
  if (placement === 'above') y0 = y - gap - height;
  if (placement === 'below') y0 = y + gap;
  return { x0: x0 - HALO, y0: y0 - HALO, x1: x0 + width + HALO, y1: y0 + height + HALO };
}

export interface PlacementSpace {
  /** Labels must stay inside. */
  readonly bounds: Box;
  /** Symbols, the legend and other things labels must not cover. */
  readonly obstacles: readonly Box[];
}

/** Places labels by importance (ties keep their order); returns them lowest first, for painting. */
export function placeLabels(
  requests: readonly LabelRequest[],
  { bounds, obstacles }: PlacementSpace,
): PlacedLabel[] {
  const byImportance = requests
    .map((request, index) => ({ request, index }))
    .sort((a, b) => b.request.priority - a.request.priority || a.index - b.index);
  const placed: PlacedLabel[] = [];
  for (const { request } of byImportance) {
    const candidates = request.placements
      .map((option) => ({
        request,
        placement: typeof option === 'string' ? option : option.placement,
        box: labelBox(request, option),
      }))
      .filter((candidate) => boxContains(bounds, candidate.box));
    const taken = [...placed.map((label) => label.box), ...obstacles];
    const free = candidates.find((c) => !taken.some((box) => boxesOverlap(box, c.box)));
    if (free) {
      placed.push(free);
      continue;
    }
    if (!request.required || candidates.length === 0) continue;
    const cost = (c: PlacedLabel) => taken.reduce((sum, box) => sum + overlapArea(box, c.box), 0);
    const least = candidates.reduce((best, c) => (cost(c) < cost(best) ? c : best));
    placed.push(least);
  }
  return placed.reverse();
}

/** A placed label as SVG text with a white halo, one `<tspan>` per line. */
export function drawLabel({ request, placement, box }: PlacedLabel): string {
  const { face, size, color, letterSpacing } = request.style;
  const anchor = placement === 'right' ? 'start' : placement === 'left' ? 'end' : 'middle';
  const x =
    anchor === 'start' ? box.x0 + HALO : anchor === 'end' ? box.x1 - HALO : (box.x0 + box.x1) / 2;
  const shift = baselineShift(face, size);
  const tspans = lines(request).map((line, index) =>
    el(
      'tspan',
      { x, y: box.y0 + HALO + (index + 0.5) * size * LINE_HEIGHT + shift },
      escapeXml(line),
    ),
  );
  return el(
    'text',
    {
      'font-family': face.family,
      'font-weight': face.weight,
      'font-size': size,
      'letter-spacing': letterSpacing ? size * letterSpacing : undefined,
      'text-anchor': anchor,
      fill: color,
      stroke: PALETTE.halo,
      'stroke-width': HALO_STROKE,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    tspans,
  );
}
