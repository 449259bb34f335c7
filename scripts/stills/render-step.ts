import type { Step } from '@/lib/content/types';
import { PALETTE } from '@/lib/map/palette';
import type { LoadedData } from '@/lib/map/load-dataset';
import { datasetsFor, legendFor, usesTerrain } from '@/lib/map/scene-needs';
import { sceneFor } from '@/lib/story/scene-for';
import type { LayerId } from '@/lib/story/scenes';
import { drawBaseMap } from './base-map';
import { chooseCorner } from './corner';
import { creditLine } from './credits';
import { SANS_REGULAR, measureText } from './fonts';
import { AREA_PAINTERS } from './area-layers';
import { GEOGRAPHY_PAINTERS } from './geography-layers';
import { GUIAN_PAINTERS } from './guian-layers';
import { ICON_PAINTERS } from './icon-layers';
import { SLOTS, type DrawContext, type Drawing, type Painter } from './layer-kit';
import { drawLabel, placeLabels } from './labels';
import {
  INSET,
  MAP_FRAME,
  STILL_HEIGHT,
  STILL_WIDTH,
  insetBox,
  rectToBox,
  unionBox,
  type Box,
} from './layout';
import { buildLegend } from './legend';
import { project, stillView } from './projection';
import { el, escapeXml } from './svg';
import type { TerrainSampler } from './terrain-sampler';
import { drawScaleBar } from './scale-bar';
import { drawTitleBand } from './title-band';

/** Said on every still whose camera the live map tilts or turns, since a still cannot. */
export const FLAT_NOTE = 'Drawn flat and north up: the live map shows this view tilted in 3-D.';

const CREDIT_SIZE = 10.5;

export interface StillInput {
  readonly step: Step;
  readonly total: number;
  readonly storyTitle: string;
  readonly data: LoadedData;
  readonly terrain: TerrainSampler;
}

/** The painter of a story layer; a layer without one stops the build rather than go missing. */
export function painterFor(layer: LayerId): Painter {
  const painter =
    GEOGRAPHY_PAINTERS[layer] ??
    ICON_PAINTERS[layer] ??
    AREA_PAINTERS[layer] ??
    GUIAN_PAINTERS[layer];
  if (!painter) throw new Error(`stills: no painter for story layer "${layer}"`);
  return painter;
}

function drawCredits(text: string): { svg: string; box: Box } {
  const width = measureText(text, SANS_REGULAR, CREDIT_SIZE);
  const x1 = MAP_FRAME.x + MAP_FRAME.width - INSET / 2;
  const baseline = MAP_FRAME.y + MAP_FRAME.height - 6;
  const svg = el(
    'text',
    {
      x: x1,
      y: baseline,
      'text-anchor': 'end',
      'font-family': SANS_REGULAR.family,
      'font-size': CREDIT_SIZE,
      fill: PALETTE.labelMuted,
      stroke: PALETTE.halo,
      'stroke-width': 2.5,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    escapeXml(text),
  );
  return {
    svg,
    box: { x0: x1 - width - 2, y0: baseline - CREDIT_SIZE - 2, x1: x1 + 2, y1: baseline + 4 },
  };
}

/** The still of one step's scene, as a complete SVG document. */
export function renderStillSvg({ step, total, storyTitle, data, terrain }: StillInput): string {
  const scene = sceneFor(step);
  const view = stillView(scene, MAP_FRAME);
  const context: DrawContext = { scene, data, view, terrain };
  const drawings: Drawing[] = [
    ...drawBaseMap(context),
    ...scene.layers.flatMap((layer) => painterFor(layer)(context)),
  ];
  const map = SLOTS.flatMap((slot) => drawings.filter((d) => d.slot === slot).map((d) => d.svg));
  const marks = drawings.flatMap((d) => d.marks ?? []);
  const requests = drawings.flatMap((d) => d.labels ?? []);

  const credits = drawCredits(
    creditLine([...datasetsFor(scene), ...(usesTerrain(scene) ? ['terrain' as const] : [])]),
  );
  const scaleBar = drawScaleBar(view, credits.box.x1 - 2, credits.box.y0 - 6);
  const flat = scene.camera.pitch !== 0 || scene.camera.bearing !== 0;
  const legend = buildLegend(legendFor(scene), flat ? FLAT_NOTE : undefined);
  const [west, south, east, north] = scene.focus;
  const [fx0, fy0] = project(view, [west, north]);
  const [fx1, fy1] = project(view, [east, south]);
  const legendBox = chooseCorner(legend.width, legend.height, MAP_FRAME, {
    marks,
    anchors: requests.filter((r) => r.required).map((r) => r.at),
    focus: { x0: fx0, y0: fy0, x1: fx1, y1: fy1 },
    bottomRight: scaleBar ? unionBox(credits.box, scaleBar.box) : credits.box,
  });
  const labels = placeLabels(requests, {
    bounds: insetBox(rectToBox(MAP_FRAME), 4),
    obstacles: [...marks, legendBox, credits.box, ...(scaleBar ? [scaleBar.box] : [])],
  });

  const { x, y, width, height } = MAP_FRAME;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${STILL_WIDTH}" height="${STILL_HEIGHT}" viewBox="0 0 ${STILL_WIDTH} ${STILL_HEIGHT}">`,
    el('defs', {}, el('clipPath', { id: 'map-frame' }, el('rect', { x, y, width, height }))),
    el('g', { 'clip-path': 'url(#map-frame)' }, [...map, ...labels.map(drawLabel)]),
    legend.draw(legendBox.x0, legendBox.y0),
    credits.svg,
    scaleBar?.svg ?? '',
    drawTitleBand({
      title: step.title ?? storyTitle,
      storyTitle,
      position: `Step ${step.index + 1} of ${total}`,
    }),
    '</svg>',
  ].join('');
}
