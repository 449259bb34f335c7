import type { Feature } from 'geojson';
import {
  AIRPORT_RADIUS,
  AIRPORT_RING,
  CORRIDOR_DASHES,
  CORRIDOR_WIDTH,
} from '@/lib/map/layers/transport';
import {
  DISTRICT_CLOSE_ZOOM,
  DISTRICT_LABEL_SHIFT,
  DISTRICT_LABEL_SIZE,
  DISTRICT_LABEL_SPACING,
  DISTRICT_LINE_WIDTH,
} from '@/lib/map/layers/districts';
import { PALETTE } from '@/lib/map/palette';
import { dataCentreRow, districtRow, toPointRows, transportRow } from '@/lib/map/rows';
import {
  APPLE_LABEL_SIZE,
  APPLE_RING_RADIUS_PX,
  APPLE_RING_WIDTH_PX,
  APPLE_SITE_ID,
} from '@/lib/map/layers/apple-site';
import type { LayerId } from '@/lib/story/scenes';
import { SANS_REGULAR } from './fonts';
import { PRIORITY, boxAround, geoPathOf, type Painter } from './layer-kit';
import { boldLabel } from './label-style';
import type { LabelRequest } from './labels';
import type { Box } from './layout';
import { inFrame, project } from './projection';
import { el } from './svg';

/**
 * The Gui'an close-ups' own layers, as the live map draws them: the county-level boundaries
 * and names and the airports and expressway from the base style (`lib/map/guian-layers.ts`),
 * and the ring deck.gl draws around the Apple site.
 */

function isOuter(feature: Feature): boolean {
  return feature.properties?.outer === true;
}

/** A line the base style draws: in the frame, clipped by d3 as MapLibre's tiles clip. */
function line(d: string, stroke: string, width: number, dashes?: readonly number[]): string {
  return el('path', {
    d,
    fill: 'none',
    stroke,
    'stroke-width': width,
    'stroke-linejoin': 'round',
    // MapLibre counts dashes in line widths.
    'stroke-dasharray': dashes?.map((dash) => dash * width).join(' '),
  });
}

/** A ring at each point, as MapLibre's circle layer or deck.gl's stroked scatterplot draws it. */
function rings(
  points: readonly { readonly at: readonly [number, number] }[],
  radius: number,
  width: number,
  stroke: string,
  fill: string,
): { svg: string; marks: Box[] } {
  return {
    svg: points
      .map(({ at }) =>
        el('circle', { cx: at[0], cy: at[1], r: radius, fill, stroke, 'stroke-width': width }),
      )
      .join(''),
    marks: points.map(({ at }) => boxAround(at, radius + width / 2)),
  };
}

export const GUIAN_PAINTERS: Partial<Record<LayerId, Painter>> = {
  districts: (context) => {
    const { view } = context;
    const lines = context.data.get('districtLines')?.features ?? [];
    const svg = [
      line(
        geoPathOf(
          context,
          lines.filter((f) => !isOuter(f)),
        ),
        PALETTE.districtLine,
        DISTRICT_LINE_WIDTH.inner,
      ),
      line(
        geoPathOf(context, lines.filter(isOuter)),
        PALETTE.districtLine,
        DISTRICT_LINE_WIDTH.outer,
      ),
    ].join('');
    // The live map switches to the close-ups' label points at this zoom (two layers, each
    // with its zoom range).
    const labelView = view.zoom >= DISTRICT_CLOSE_ZOOM ? 'close' : 'region';
    const labels = toPointRows(context.data.get('districtLabels'), districtRow)
      .filter((d) => d.row.view === labelView)
      .map((d) => ({ ...d, at: project(view, d.position) }))
      .filter((d) => inFrame(view, d.at))
      .map((d): LabelRequest => ({
        text: d.row.name.toUpperCase(),
        at: d.at,
        style: {
          face: SANS_REGULAR,
          size: DISTRICT_LABEL_SIZE,
          color: PALETTE.labelMuted,
          letterSpacing: DISTRICT_LABEL_SPACING,
        },
        priority: PRIORITY.prefecture,
        // As the live map's variable anchors, Nanming's name beside the airport included.
        placements: ['center', 'above', 'below', 'left', 'right'],
        gap: DISTRICT_LABEL_SHIFT * DISTRICT_LABEL_SIZE - DISTRICT_LABEL_SIZE / 2,
      }));
    return [{ slot: 'prefectures', svg, labels }];
  },
  transport: (context) => {
    const { view, data } = context;
    const corridors = (data.get('transport')?.features ?? []).filter(
      (f) => f.geometry?.type === 'LineString',
    );
    const airports = toPointRows(data.get('transport'), transportRow)
      .map((d) => ({ ...d, at: project(view, d.position) }))
      .filter((d) => inFrame(view, d.at));
    return [
      {
        slot: 'prefectures',
        svg: line(geoPathOf(context, corridors), PALETTE.corridor, CORRIDOR_WIDTH, CORRIDOR_DASHES),
      },
      {
        slot: 'dots',
        ...rings(airports, AIRPORT_RADIUS, AIRPORT_RING, PALETTE.airport, PALETTE.halo),
        labels: airports.map((d): LabelRequest => ({
          text: d.row.mapLabel,
          at: d.at,
          style: { face: SANS_REGULAR, size: 12, color: PALETTE.airport },
          priority: PRIORITY.city,
          // Left of the ring first, as the live map's variable anchors try it.
          placements: ['left', 'below', 'above', 'right'],
          gap: 0.7 * 12,
        })),
      },
    ];
  },
  'apple-site': ({ data, view }) => {
    const sites = toPointRows(data.get('dataCentres'), dataCentreRow)
      .filter((d) => d.row.id === APPLE_SITE_ID)
      .map((d) => ({ ...d, at: project(view, d.position) }));
    return [
      {
        slot: 'symbols',
        ...rings(sites, APPLE_RING_RADIUS_PX, APPLE_RING_WIDTH_PX, PALETTE.apple, 'none'),
        labels: sites.map((d): LabelRequest => ({
          text: d.row.mapLabel,
          at: d.at,
          style: boldLabel(APPLE_LABEL_SIZE),
          priority: PRIORITY.subject + 1,
          placements: ['above', 'below', 'right', 'left'],
          gap: APPLE_RING_RADIUS_PX + 6,
          required: true,
        })),
      },
    ];
  },
};
