import { geoBounds } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { BASE_LABELS } from '@/lib/map/base-labels';
import { PALETTE } from '@/lib/map/palette';
import { SANS_BOLD, SANS_REGULAR } from './fonts';
import { PRIORITY, geoPathOf, type DrawContext, type Drawing } from './layer-kit';
import type { LabelRequest } from './labels';
import { drawPeriphery } from './periphery';
import { inFrame, project } from './projection';
import { el } from './svg';

/**
 * The base map every scene stands on, as `lib/map/base-style.ts` draws it: sea, land, China's
 * provinces, Guizhou's fill, borders and the names of countries, provinces and seas.
 */

/** MapLibre shows province names from this zoom on, when there is room for them. */
const PROVINCE_NAMES_FROM_ZOOM = 4.2;

function collection(
  context: DrawContext,
  id: 'countries' | 'provinces' | 'guizhou',
): FeatureCollection {
  return context.data.get(id) ?? { type: 'FeatureCollection', features: [] };
}

function baseLabels(context: DrawContext): LabelRequest[] {
  const { view } = context;
  return BASE_LABELS.features.flatMap((feature) => {
    const { name, kind } = feature.properties;
    if (kind === 'province' && view.zoom < PROVINCE_NAMES_FROM_ZOOM) return [];
    const at = project(view, [
      feature.geometry.coordinates[0] ?? 0,
      feature.geometry.coordinates[1] ?? 0,
    ]);
    if (!inFrame(view, at)) return [];
    const country = kind === 'country';
    return [
      {
        text: name,
        at,
        style: {
          face: country ? SANS_BOLD : SANS_REGULAR,
          size: country ? 12 : kind === 'sea' ? 12 : 12.5,
          color: kind === 'sea' ? '#3f6475' : PALETTE.labelMuted,
          letterSpacing: country ? 0.12 : 0.02,
        },
        priority: country ? PRIORITY.country : kind === 'sea' ? PRIORITY.sea : PRIORITY.province,
        placements: ['center'],
      },
    ];
  });
}

export function drawBaseMap(context: DrawContext): Drawing[] {
  const { frame } = context.view;
  const countries = collection(context, 'countries').features;
  const provinces = collection(context, 'provinces').features;
  const guizhou = collection(context, 'guizhou').features;
  const periphery = drawPeriphery(context.view, geoBounds(collection(context, 'countries')));
  const land = [
    el('rect', {
      x: frame.x,
      y: frame.y,
      width: frame.width,
      height: frame.height,
      fill: PALETTE.sea,
    }),
    periphery.land,
    el('path', { d: geoPathOf(context, countries), fill: PALETTE.land }),
    el('path', { d: geoPathOf(context, provinces), fill: PALETTE.china }),
  ].join('');
  const borders = [
    el('path', {
      d: geoPathOf(context, provinces),
      fill: 'none',
      stroke: PALETTE.provinceLine,
      'stroke-width': 0.7,
    }),
    el('path', {
      d: geoPathOf(context, countries),
      fill: 'none',
      stroke: PALETTE.countryLine,
      'stroke-width': 0.9,
      'clip-path': periphery.bordersClip,
    }),
  ].join('');
  return [
    { slot: 'land', svg: land, labels: baseLabels(context) },
    {
      slot: 'guizhou-fill',
      svg: el('path', {
        d: geoPathOf(context, guizhou),
        fill: PALETTE.guizhouFill,
        'fill-opacity': 0.55,
      }),
    },
    { slot: 'borders', svg: borders },
  ];
}
