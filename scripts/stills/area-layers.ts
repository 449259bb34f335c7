import { PALETTE } from '@/lib/map/palette';
import {
  coalfieldRow,
  earthquakeRow,
  placeRow,
  toPathRows,
  toPointRows,
  transmissionRow,
} from '@/lib/map/rows';
import { GUIAN_RADIUS_M, guianAreaNamed } from '@/lib/map/layers/guian-area';
import { earthquakeRadiusPx } from '@/lib/map/layers/earthquakes';
import type { LayerId } from '@/lib/story/scenes';
import { PRIORITY, boxAround, type Painter } from './layer-kit';
import { boldLabel } from './label-style';
import { pixelsPerMetre, project } from './projection';
import { alpha, el, num } from './svg';

/**
 * Areas, rings and lines the live map draws with deck.gl's ScatterplotLayer and PathLayer
 * (`lib/map/deck-layers.ts`): circles sized in pixels or on the ground, the same alphas and
 * line widths. Coalfields are hatched as well, as their legend symbol is.
 */

/** A circle `radiusPx` across on screen, as deck.gl's ScatterplotLayer draws one. */
function disc(
  at: readonly [number, number],
  radiusPx: number,
  color: string,
  fillAlpha: number,
  lineAlpha: number,
  lineWidth: number,
  extra: Record<string, string> = {},
): string {
  return el('circle', {
    cx: at[0],
    cy: at[1],
    r: radiusPx,
    fill: color,
    'fill-opacity': alpha(fillAlpha),
    stroke: color,
    'stroke-opacity': alpha(lineAlpha),
    'stroke-width': lineWidth,
    ...extra,
  });
}

const COALFIELD_HATCH = 'coalfield-hatch';

export const AREA_PAINTERS: Partial<Record<LayerId, Painter>> = {
  earthquakes: ({ data, view }) => {
    const rows = toPointRows(data.get('earthquakes'), earthquakeRow);
    const quakes = rows.map((d) => ({
      ...d,
      at: project(view, d.position),
      r: earthquakeRadiusPx(d.row.magnitude),
    }));
    return [
      {
        slot: 'symbols',
        svg: quakes.map((q) => disc(q.at, q.r, PALETTE.earthquake, 60, 255, 2.5)).join(''),
        marks: quakes.map((q) => boxAround(q.at, q.r + 1.25)),
        labels: quakes.map((q) => ({
          text: `${q.row.name.split(',')[0] ?? q.row.name} ${q.row.date.slice(0, 4)}, M${q.row.magnitude}`,
          at: q.at,
          style: boldLabel(),
          priority: PRIORITY.subject,
          placements: ['above', 'below', 'right', 'left'],
          gap: q.r + 4,
          required: true,
        })),
      },
    ];
  },
  coalfields: ({ data, view }) => {
    const rows = toPointRows(data.get('coalfields'), coalfieldRow);
    const hatch = el(
      'pattern',
      {
        id: COALFIELD_HATCH,
        width: 8,
        height: 8,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(-45)',
      },
      el('line', {
        x1: 0,
        y1: 0,
        x2: 0,
        y2: 8,
        stroke: PALETTE.coalfield,
        'stroke-width': 1,
        'stroke-opacity': 0.35,
      }),
    );
    const fields = rows.map((d) => ({
      ...d,
      at: project(view, d.position),
      r: d.row.radiusKm * 1000 * pixelsPerMetre(view, d.position[1]),
    }));
    return [
      {
        slot: 'symbols',
        svg:
          el('defs', {}, hatch) +
          fields
            .map(
              (f) =>
                disc(f.at, f.r, PALETTE.coalfield, 45, 160, 1.5) +
                el('circle', {
                  cx: f.at[0],
                  cy: f.at[1],
                  r: f.r,
                  fill: `url(#${COALFIELD_HATCH})`,
                }),
            )
            .join(''),
        labels: fields.map((f) => ({
          text: f.row.name.replace(/ \(.*\)$/, ''),
          at: f.at,
          style: boldLabel(12),
          priority: PRIORITY.area,
          // On the field if it is clear there, else just outside its edge.
          placements: [
            'center',
            { placement: 'below', gap: 8 },
            { placement: 'above', gap: 8 },
            { placement: 'below', gap: f.r + 3 },
            { placement: 'above', gap: f.r + 3 },
            { placement: 'left', gap: f.r + 4 },
            { placement: 'right', gap: f.r + 4 },
          ],
          required: true,
        })),
      },
    ];
  },
  'west-east-power': ({ data, view }) => {
    // deck.gl draws straight segments in Web Mercator, so project the vertices, not great circles.
    const paths = toPathRows(data.get('transmission'), transmissionRow).map((d) =>
      d.path
        .map((position, i) => `${i === 0 ? 'M' : 'L'}${project(view, position).map(num).join(' ')}`)
        .join(''),
    );
    return [
      {
        slot: 'symbols',
        svg: paths
          .map((d) =>
            el('path', {
              d,
              fill: 'none',
              stroke: PALETTE.transmission,
              'stroke-opacity': alpha(220),
              'stroke-width': 5,
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
            }),
          )
          .join(''),
      },
    ];
  },
  'guian-area': ({ data, view, scene }) => {
    const rows = toPointRows(data.get('places'), placeRow).filter((d) => d.row.kind === 'new-area');
    const areas = rows.map((d) => ({
      ...d,
      at: project(view, d.position),
      r: GUIAN_RADIUS_M * pixelsPerMetre(view, d.position[1]),
    }));
    return [
      {
        slot: 'symbols',
        svg: areas.map((a) => disc(a.at, a.r, PALETTE.guian, 30, 200, 2)).join(''),
        labels: areas
          .filter(() => guianAreaNamed(scene.id))
          .map((a) => ({
            text: `${a.row.name} (approximate)`,
            at: a.at,
            style: boldLabel(),
            priority: PRIORITY.region,
            placements: ['above', 'below'],
            gap: 10,
            required: true,
          })),
      },
    ];
  },
};
