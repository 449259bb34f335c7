import type { Feature } from 'geojson';
import {
  RIVER_NAME_ANCHORS,
  RIVER_NAME_CLOSE_ZOOM,
  RIVER_NAME_MIN_ZOOM,
} from '@/lib/map/river-names';
import { PALETTE } from '@/lib/map/palette';
import { SANS_REGULAR } from './fonts';
import { PRIORITY, geoPathOf, type DrawContext, type Drawing } from './layer-kit';
import type { LabelRequest, Placement } from './labels';
import { inFrame, project } from './projection';
import { el } from './svg';

/**
 * Rivers as the base style draws them (thick and opaque where named or major), and each named
 * river's name where the live map writes it (RIVER_NAME_ANCHORS), level, as a still's labels
 * are. A still is drawn smaller than the live map; where the name has no room there, it moves
 * along its river, to the nearest point where it fits.
 */

/** Points along a river, in view, at least this many pixels apart, tried after its anchor. */
const FALLBACK_SPACING_PX = 24;

type Pixel = readonly [number, number];

/** Where else a river's name may go: points along its lines in view, nearest the anchor first. */
function fallbackPoints(
  context: DrawContext,
  features: readonly Feature[],
  anchor: Pixel,
): Pixel[] {
  const points: Pixel[] = [];
  for (const feature of features) {
    const g = feature.geometry;
    const lines =
      g?.type === 'LineString'
        ? [g.coordinates]
        : g?.type === 'MultiLineString'
          ? g.coordinates
          : [];
    for (const position of lines.flat()) {
      const at = project(context.view, [position[0] ?? 0, position[1] ?? 0]);
      const spaced = points.every(
        (p) => Math.hypot(p[0] - at[0], p[1] - at[1]) >= FALLBACK_SPACING_PX,
      );
      if (inFrame(context.view, at, 0) && spaced) points.push(at);
    }
  }
  const distance = (p: Pixel) => Math.hypot(p[0] - anchor[0], p[1] - anchor[1]);
  return points.sort((a, b) => distance(a) - distance(b));
}

export function rivers(context: DrawContext): Drawing[] {
  const all = context.data.get('rivers')?.features ?? [];
  const major = all.filter((f) => f.properties?.major === true);
  const minor = all.filter((f) => f.properties?.major !== true);
  const line = (d: string, width: number, opacity: number) =>
    el('path', {
      d,
      fill: 'none',
      stroke: PALETTE.river,
      'stroke-width': width,
      'stroke-opacity': opacity,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    });
  const labels = RIVER_NAME_ANCHORS.features.flatMap((anchor): LabelRequest[] => {
    // As on the live map: no names in the widest views, some only in a close one.
    const zoom = context.view.zoom;
    if (zoom < RIVER_NAME_MIN_ZOOM) return [];
    if (anchor.properties.close && zoom < RIVER_NAME_CLOSE_ZOOM) return [];
    const [lon, lat] = anchor.geometry.coordinates;
    const anchorAt = project(context.view, [lon ?? 0, lat ?? 0]);
    const sides: readonly Placement[] =
      anchor.properties.side === 'below' ? ['below', 'above'] : ['above', 'below'];
    const own = all.filter((f) => f.properties?.name === anchor.properties.name);
    const along = fallbackPoints(context, own, anchorAt);
    // The anchor where it is in the frame, else the river's nearest point that is.
    const at = inFrame(context.view, anchorAt, 0) ? anchorAt : along[0];
    if (!at) return [];
    return [
      {
        text: `${anchor.properties.name} River`,
        at,
        style: { face: SANS_REGULAR, size: 12, color: PALETTE.river, letterSpacing: 0.05 },
        priority: PRIORITY.river,
        placements: [
          ...sides,
          ...along.flatMap((point) => sides.map((placement) => ({ placement, gap: 3, at: point }))),
        ],
        gap: 3,
      },
    ];
  });
  return [
    {
      slot: 'rivers',
      svg: line(geoPathOf(context, minor), 0.8, 0.55) + line(geoPathOf(context, major), 2.2, 1),
      labels,
    },
  ];
}
