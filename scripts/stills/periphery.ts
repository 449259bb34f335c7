import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PALETTE } from '@/lib/map/palette';
import type { StillView } from './projection';
import { project } from './projection';
import { el, num } from './svg';

/**
 * Land beyond the map data's extent. `countries.json` is clipped to the story's region
 * (`COUNTRIES_BBOX` in `scripts/data/countries.ts`); a still is wider than the live map's
 * pane, and at the China scenes that edge would show as a straight coast at 60° E. Outside
 * the data's box only, Natural Earth's 1:110m land (the same source, via world-atlas) is drawn
 * in the land colour, without borders.
 */
const require = createRequire(import.meta.url);

let land: FeatureCollection | undefined;

function worldLand(): FeatureCollection {
  if (land) return land;
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8'),
  ) as Topology<{ land: GeometryCollection }>;
  const result = feature(topology, topology.objects.land);
  land = { type: 'FeatureCollection', features: result.features };
  return land;
}

const OUTSIDE_ID = 'beyond-data';
const INSIDE_ID = 'within-data';

export interface Periphery {
  /** Land beyond the data's extent (with the clip paths both parts use), or nothing. */
  readonly land: string;
  /**
   * A clip path that keeps strokes off the extent's edge, where the data's clipped polygons
   * would otherwise draw a straight border; undefined when the edge is out of view.
   */
  readonly bordersClip?: string;
}

/** `extent` is [[west, south], [east, north]], as d3's `geoBounds` gives it. */
export function drawPeriphery(
  view: StillView,
  extent: [[number, number], [number, number]],
): Periphery {
  const [[west, south], [east, north]] = extent;
  const [x0, y0] = project(view, [west, north]);
  const [x1, y1] = project(view, [east, south]);
  const { frame } = view;
  const covered =
    x0 <= frame.x && y0 <= frame.y && x1 >= frame.x + frame.width && y1 >= frame.y + frame.height;
  if (covered) return { land: '' };
  const pad = 2;
  const box = (l: number, t: number, r: number, b: number) =>
    `M${num(l)} ${num(t)}H${num(r)}V${num(b)}H${num(l)}Z`;
  const frameBox = box(
    frame.x - pad,
    frame.y - pad,
    frame.x + frame.width + pad,
    frame.y + frame.height + pad,
  );
  const defs = el('defs', {}, [
    el(
      'clipPath',
      { id: OUTSIDE_ID },
      el('path', { d: frameBox + box(x0, y0, x1, y1), 'clip-rule': 'evenodd' }),
    ),
    el('clipPath', { id: INSIDE_ID }, el('path', { d: box(x0 + 1, y0 + 1, x1 - 1, y1 - 1) })),
  ]);
  const land = el('path', {
    d: view.path(worldLand()) ?? '',
    fill: PALETTE.land,
    'clip-path': `url(#${OUTSIDE_ID})`,
  });
  return { land: defs + land, bordersClip: `url(#${INSIDE_ID})` };
}
