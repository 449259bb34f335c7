import type { IconShape } from '@/lib/map/icon-atlas';
import { PALETTE } from '@/lib/map/palette';
import {
  dataCentreRow,
  pilotZoneRow,
  powerPlantRow,
  toPointRows,
  westToEast,
  type DataCentreRow,
  type PowerPlantRow,
} from '@/lib/map/rows';
import { APPLE_SITE_ID } from '@/lib/map/layers/apple-site';
import {
  OTHER_CENTRES_LABEL,
  SITE_CLUSTER_LABEL,
  dataCentreSize,
  isOtherCentre,
  siteCluster,
} from '@/lib/map/layers/data-centres';
import { PILOT_COLOURS, pilotZoneSize } from '@/lib/map/layers/pilot-zones';
import { capacityToPixels, plantLabelMinMw } from '@/lib/map/layers/power-plants';
import type { LayerId } from '@/lib/story/scenes';
import { PRIORITY, boxAround, type DrawContext, type Drawing, type Painter } from './layer-kit';
import { boldLabel } from './label-style';
import type { LabelRequest, PlacementOption } from './labels';
import { inFrame, project } from './projection';
import { drawIcon, iconRadius } from './shapes';
import { alpha } from './svg';

/**
 * Point symbols the live map draws with deck.gl's IconLayer (`lib/map/deck-layers.ts`): the
 * same rows, shapes, colours, alpha and pixel sizes.
 */

const ICON_ALPHA = alpha(235);

interface PointSymbol {
  readonly at: [number, number];
  readonly shape: IconShape;
  readonly size: number;
  readonly color: string;
  readonly label?: string;
  readonly labelSize?: number;
  readonly priority?: number;
  readonly placements?: readonly PlacementOption[];
}

/** Icons and their labels; labels keep clear of every icon, so icons are marks. */
function iconLayer(symbols: readonly PointSymbol[], view: DrawContext['view']): Drawing {
  const visible = symbols.filter((s) => inFrame(view, s.at, s.size));
  const labels = visible.flatMap((s): LabelRequest[] =>
    s.label
      ? [
          {
            text: s.label,
            at: s.at,
            style: boldLabel(s.labelSize),
            priority: s.priority ?? PRIORITY.subject,
            placements: s.placements ?? ['right', 'left', 'above', 'below'],
            gap: iconRadius(s.shape, s.size) + 4,
            required: (s.priority ?? PRIORITY.subject) >= PRIORITY.subject,
          },
        ]
      : [],
  );
  return {
    slot: 'symbols',
    // Largest first, so a small symbol is never hidden under a big neighbour.
    svg: [...visible]
      .sort((a, b) => b.size - a.size)
      .map((s) => drawIcon(s.shape, s.at, s.size, { color: s.color, opacity: ICON_ALPHA }))
      .join(''),
    labels,
    marks: visible.map((s) => boxAround(s.at, iconRadius(s.shape, s.size))),
  };
}

function plants(fuel: PowerPlantRow['fuel']): Painter {
  return ({ data, view, scene }) => {
    const minLabelMw = plantLabelMinMw(fuel, scene.id);
    const rows = toPointRows(data.get('powerPlants'), powerPlantRow).filter(
      (d) => d.row.fuel === fuel,
    );
    return [
      iconLayer(
        rows.map((d) => ({
          at: project(view, d.position),
          shape: fuel === 'hydro' ? 'circle' : 'square',
          size: capacityToPixels(d.row.capacityMw),
          color: fuel === 'hydro' ? PALETTE.hydro : PALETTE.coal,
          label: d.row.capacityMw >= minLabelMw ? d.row.name : undefined,
          labelSize: 12,
          priority: PRIORITY.plant + d.row.capacityMw / 10_000,
        })),
        view,
      ),
    ];
  };
}

export const ICON_PAINTERS: Partial<Record<LayerId, Painter>> = {
  'hydro-plants': plants('hydro'),
  'coal-plants': plants('coal'),
  'pilot-zone-first': ({ data, view }) => {
    const rows = toPointRows(data.get('pilotZones'), pilotZoneRow).filter((d) => d.row.wave === 1);
    return [
      iconLayer(
        rows.map((d) => ({
          at: project(view, d.position),
          shape: 'diamond',
          size: pilotZoneSize(d.row, 'pilot-zone-first'),
          color: PILOT_COLOURS[d.row.kind],
          label: `${d.row.name} · Feb 2016`,
        })),
        view,
      ),
    ];
  },
  'pilot-zones': ({ data, view }) => {
    const rows = toPointRows(data.get('pilotZones'), pilotZoneRow);
    return [
      iconLayer(
        rows.map((d) => ({
          at: project(view, d.position),
          shape: d.row.wave === 1 ? 'diamond' : 'circle',
          size: pilotZoneSize(d.row, 'pilot-zones'),
          color: PILOT_COLOURS[d.row.kind],
          label: d.row.name,
          labelSize: 12,
        })),
        view,
      ),
    ];
  },
  'data-centres': ({ data, view, scene }) => {
    const rows = westToEast(toPointRows(data.get('dataCentres'), dataCentreRow));
    const wide = scene.id === 'guian';
    const apple = scene.id === 'apple';
    // Named one by one in the close-ups, labels alternating above and below, west to east; in
    // the Apple step its own layer names the Apple site and the other companies' go together.
    const named = (row: DataCentreRow) =>
      !wide && !(apple && (row.id === APPLE_SITE_ID || isOtherCentre(row)));
    const symbols = iconLayer(
      rows.map((d, index) => ({
        at: project(view, d.position),
        shape: d.row.confidence === 'low' ? 'square-ring' : 'square',
        size: dataCentreSize(scene.id),
        color: PALETTE.dataCentre,
        label: named(d.row) ? d.row.mapLabel : undefined,
        labelSize: apple ? 12 : undefined,
        placements:
          index % 2 === 0 && !apple
            ? ['above', 'below', 'right', 'left']
            : ['below', 'above', 'right', 'left'],
      })),
      view,
    );
    const group = (text: string, members: typeof rows, placement: 'above' | 'below') =>
      siteCluster(members).map((d): LabelRequest => ({
        text,
        at: project(view, d.position),
        style: boldLabel(12),
        priority: PRIORITY.subject,
        placements: [placement, placement === 'above' ? 'below' : 'above'],
        gap: dataCentreSize(scene.id) / 2 + 8,
        required: true,
      }));
    if (wide)
      return [
        symbols,
        { slot: 'symbols', svg: '', labels: group(SITE_CLUSTER_LABEL, rows, 'below') },
      ];
    if (apple) {
      const others = rows.filter((d) => isOtherCentre(d.row));
      return [
        symbols,
        { slot: 'symbols', svg: '', labels: group(OTHER_CENTRES_LABEL, others, 'above') },
      ];
    }
    return [symbols];
  },
};
