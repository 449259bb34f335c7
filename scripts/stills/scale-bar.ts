import { PALETTE } from '@/lib/map/palette';
import { SANS_REGULAR, measureText } from './fonts';
import type { Box } from './layout';
import { pixelsPerMetre, type StillView } from './projection';
import { el, escapeXml, num } from './svg';

/**
 * A scale bar for close views, where the distance between sites is the point (data centres a
 * few hundred metres apart). At a province's or a country's scale Web Mercator's scale changes
 * across the image, so a single bar would mislead there and none is drawn.
 */
export const SCALE_BAR_FROM_ZOOM = 8;

const MAX_PX = 120;
const NICE_METRES = [100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000];
const TEXT_SIZE = 11;

/** The longest round distance that fits `maxPx` at a latitude, and its length in pixels. */
export function scaleLength(
  view: StillView,
  latitude: number,
  maxPx = MAX_PX,
): { metres: number; px: number } | null {
  const perMetre = pixelsPerMetre(view, latitude);
  const metres = NICE_METRES.filter((m) => m * perMetre <= maxPx).at(-1);
  return metres === undefined ? null : { metres, px: metres * perMetre };
}

export function formatDistance(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}

/** The bar, right-aligned to `right` with its base at `bottom`, or nothing at wide views. */
export function drawScaleBar(
  view: StillView,
  right: number,
  bottom: number,
): { svg: string; box: Box } | null {
  if (view.zoom < SCALE_BAR_FROM_ZOOM) return null;
  const latitude = view.projection.invert?.([right, bottom])?.[1] ?? 0;
  const scale = scaleLength(view, latitude);
  if (!scale) return null;
  const label = formatDistance(scale.metres);
  const x0 = right - scale.px;
  const tick = 5;
  const d = `M${num(x0)} ${num(bottom - tick)}V${num(bottom)}H${num(right)}V${num(bottom - tick)}`;
  const line = el('path', {
    d,
    fill: 'none',
    stroke: PALETTE.label,
    'stroke-width': 1.5,
  });
  const halo = el('path', {
    d,
    fill: 'none',
    stroke: PALETTE.halo,
    'stroke-width': 4,
  });
  const text = el(
    'text',
    {
      x: (x0 + right) / 2,
      y: bottom - tick - 3,
      'text-anchor': 'middle',
      'font-family': SANS_REGULAR.family,
      'font-size': TEXT_SIZE,
      fill: PALETTE.label,
      stroke: PALETTE.halo,
      'stroke-width': 2.5,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    escapeXml(label),
  );
  const width = Math.max(scale.px, measureText(label, SANS_REGULAR, TEXT_SIZE));
  return {
    svg: halo + line + text,
    box: {
      x0: right - width - 2,
      y0: bottom - tick - 3 - TEXT_SIZE - 2,
      x1: right + 2,
      y1: bottom + 2,
    },
  };
}
