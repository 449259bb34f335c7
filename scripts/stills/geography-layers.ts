import type { Feature } from 'geojson';
import * as z from 'zod/mini';
import { GUIZHOU_LABEL } from '@/lib/map/base-labels';
import { PALETTE } from '@/lib/map/palette';
import { placeRow, toPointRows } from '@/lib/map/rows';
import type { LayerId } from '@/lib/story/scenes';
import { SANS_BOLD, SANS_REGULAR } from './fonts';
import {
  PRIORITY,
  boxAround,
  geoPathOf,
  type DrawContext,
  type Drawing,
  type Painter,
} from './layer-kit';
import type { LabelRequest } from './labels';
import { inFrame, project } from './projection';
import { el } from './svg';
import { drawTint, heightGrid } from './terrain-tint';
import { rivers } from './rivers';
import { GDP_PROPERTY, gdpColour } from '@/lib/map/gdp-classes';
import { NEIGHBOUR_IDS, OUTSIDE_MAINLAND_IDS } from '@/lib/map/province-groups';

/**
 * Story layers the live map draws with its base style (`lib/map/base-style.ts`), with the
 * same colours, widths and label sizes. MapLibre's label offsets are in ems; here in pixels.
 */

const prefectureLabelRow = z.object({ label: z.string(), autonomous: z.boolean() });

function features(
  context: DrawContext,
  id: 'prefectures' | 'provinces' | 'guizhou' | 'rivers',
): Feature[] {
  return context.data.get(id)?.features ?? [];
}

function isAutonomous(feature: Feature): boolean {
  return feature.properties?.autonomous === true;
}

/** A city dot as MapLibre's circle layer draws it: filled, with a white ring. */
function dot(at: readonly [number, number], radius: number, fill: string, ring: number): string {
  return el('circle', {
    cx: at[0],
    cy: at[1],
    r: radius,
    fill,
    stroke: PALETTE.halo,
    'stroke-width': ring,
  });
}

const HATCH_ID = 'autonomous-hatch';

/** The hatching the legend shows for autonomous prefectures, so print in grey still tells them apart. */
const HATCH = el(
  'pattern',
  {
    id: HATCH_ID,
    width: 7,
    height: 7,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  },
  el('line', {
    x1: 0,
    y1: 0,
    x2: 0,
    y2: 7,
    stroke: PALETTE.prefectureLine,
    'stroke-width': 1,
    'stroke-opacity': 0.45,
  }),
);

function places(context: DrawContext, filter: (kind: string, id: string) => boolean): Drawing[] {
  const { view } = context;
  const rows = toPointRows(context.data.get('places'), placeRow).filter((d) =>
    filter(d.row.kind, d.row.id),
  );
  const visible = rows
    .map((d) => ({ ...d, at: project(view, d.position) }))
    .filter((d) => inFrame(view, d.at));
  const svg = visible.map((d) =>
    dot(d.at, d.row.kind === 'provincial-capital' ? 5 : 3.2, PALETTE.label, 1.5),
  );
  const labels = visible.map((d): LabelRequest => {
    const capital = d.row.kind === 'provincial-capital';
    const size = capital ? 14 : 12;
    return {
      text: d.row.name,
      at: d.at,
      style: { face: capital ? SANS_BOLD : SANS_REGULAR, size, color: PALETTE.label },
      priority: capital ? PRIORITY.capital : PRIORITY.city,
      placements: ['right', 'left', 'above', 'below'],
      gap: 0.6 * size,
      required: capital,
    };
  });
  return [
    { slot: 'dots', svg: svg.join(''), labels, marks: visible.map((d) => boxAround(d.at, 5)) },
  ];
}

/**
 * Other spots inside Guizhou for its name, by eye like the base map's own label point: tried
 * in turn when a scene's symbols crowd the first.
 */
const GUIZHOU_NAME_SPOTS: readonly (readonly [number, number])[] = [
  [108.15, 26.2],
  [106.6, 28.25],
  [105.6, 25.6],
];

function guizhouName(context: DrawContext): Drawing[] {
  const { view } = context;
  const feature = GUIZHOU_LABEL.features[0];
  if (!feature) return [];
  // MapLibre interpolates the size from 11 px at zoom 3 to 15 px at zoom 6.
  const size = 11 + (Math.min(Math.max(view.zoom, 3), 6) - 3) * (4 / 3);
  const [lon, lat] = feature.geometry.coordinates;
  const [x, y] = project(view, [lon ?? 0, lat ?? 0]);
  const label: LabelRequest = {
    text: feature.properties.name,
    at: [x, y - 0.2 * size],
    style: { face: SANS_BOLD, size, color: PALETTE.guizhouLine, letterSpacing: 0.12 },
    priority: PRIORITY.region,
    placements: [
      'right',
      'center',
      ...GUIZHOU_NAME_SPOTS.map((spot) => ({
        placement: 'center' as const,
        gap: 0,
        at: project(view, spot),
      })),
    ],
    gap: 0.4 * size,
  };
  return [{ slot: 'outline', svg: '', labels: [label] }];
}

export const GEOGRAPHY_PAINTERS: Partial<Record<LayerId, Painter>> = {
  terrain: ({ view, terrain }) => [
    { slot: 'terrain', svg: drawTint(view, heightGrid(view, terrain)) },
  ],
  'gdp-per-person': (context) => {
    const svg = features(context, 'provinces')
      .filter((f) => typeof f.properties?.[GDP_PROPERTY] === 'number')
      .map((f) =>
        el('path', {
          d: geoPathOf(context, [f]),
          fill: gdpColour(Number(f.properties?.[GDP_PROPERTY])),
        }),
      )
      .join('');
    return [{ slot: 'mainland', svg }];
  },
  mainland: (context) => {
    const mainland = features(context, 'provinces').filter(
      (f) => !OUTSIDE_MAINLAND_IDS.includes(String(f.properties?.id)),
    );
    return [
      {
        slot: 'mainland',
        svg: el('path', { d: geoPathOf(context, mainland), fill: PALETTE.mainlandFill }),
      },
    ];
  },
  neighbours: (context) => {
    const neighbours = features(context, 'provinces').filter((f) =>
      NEIGHBOUR_IDS.includes(String(f.properties?.id)),
    );
    return [
      {
        slot: 'neighbours',
        svg: el('path', { d: geoPathOf(context, neighbours), fill: PALETTE.neighbourFill }),
      },
    ];
  },
  'autonomous-prefectures': (context) => {
    const d = geoPathOf(context, features(context, 'prefectures').filter(isAutonomous));
    const svg =
      el('defs', {}, HATCH) +
      el('path', { d, fill: PALETTE.autonomousFill, 'fill-opacity': 0.85 }) +
      el('path', { d, fill: `url(#${HATCH_ID})` });
    return [{ slot: 'autonomous', svg }];
  },
  prefectures: (context) => {
    const { view } = context;
    const outline = el('path', {
      d: geoPathOf(context, features(context, 'prefectures')),
      fill: 'none',
      stroke: PALETTE.prefectureLine,
      'stroke-width': 0.9,
      'stroke-dasharray': '2.7 1.8',
    });
    const labels = toPointRows(context.data.get('prefectureLabels'), prefectureLabelRow).map(
      (d): LabelRequest => ({
        text: d.row.label,
        at: project(view, d.position),
        style: {
          face: d.row.autonomous ? SANS_BOLD : SANS_REGULAR,
          size: 12,
          color: PALETTE.labelMuted,
        },
        priority: PRIORITY.prefecture + (d.row.autonomous ? 1 : 0),
        placements: ['center', 'below', 'above'],
        gap: 6,
      }),
    );
    return [{ slot: 'prefectures', svg: outline, labels }];
  },
  rivers,
  'guizhou-outline': (context) => [
    {
      slot: 'outline',
      svg: el('path', {
        d: geoPathOf(context, features(context, 'guizhou')),
        fill: 'none',
        stroke: PALETTE.guizhouLine,
        'stroke-width': 2.2,
        'stroke-linejoin': 'round',
      }),
    },
  ],
  'guizhou-name': guizhouName,
  capital: (context) => places(context, (kind) => kind === 'provincial-capital'),
  places: (context) =>
    places(
      context,
      // The capital layer draws Guiyang where a scene shows both.
      (kind) =>
        kind === 'city' ||
        (kind === 'provincial-capital' && !context.scene.layers.includes('capital')),
    ),
  moutai: (context) => {
    const rows = toPointRows(context.data.get('places'), placeRow).filter(
      (d) => d.row.id === 'maotai',
    );
    return rows.map((d) => {
      const at = project(context.view, d.position);
      return {
        slot: 'dots',
        svg: dot(at, 6, PALETTE.pilotFirst, 2),
        marks: [boxAround(at, 7)],
        labels: [
          {
            text: 'Maotai town (Moutai liquor)',
            at,
            style: { face: SANS_BOLD, size: 13, color: PALETTE.label },
            priority: PRIORITY.subject,
            placements: ['left', 'right', 'above', 'below'],
            gap: 0.8 * 13,
            required: true,
          },
        ],
      };
    });
  },
};
