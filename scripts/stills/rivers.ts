import type { Feature, Position } from 'geojson';
import { PALETTE } from '@/lib/map/palette';
import { SANS_REGULAR } from './fonts';
import { PRIORITY, geoPathOf, type DrawContext, type Drawing } from './layer-kit';
import type { LabelRequest } from './labels';
import { inFrame, project, type StillView } from './projection';
import { el } from './svg';

/**
 * Rivers as the base style draws them (thick and opaque where named or major), and one name
 * per named river: MapLibre repeats names along a line; a still has room for one, put halfway
 * along the river's longest stretch in view.
 */

/** The visible stretch of a river's lines, as pixel runs inside the frame. */
function visibleRuns(view: StillView, lines: readonly Position[][]): [number, number][][] {
  const runs: [number, number][][] = [];
  for (const line of lines) {
    let run: [number, number][] = [];
    for (const position of line) {
      const at = project(view, [position[0] ?? 0, position[1] ?? 0]);
      if (inFrame(view, at, -30)) run.push(at);
      else if (run.length > 0) {
        if (run.length > 1) runs.push(run);
        run = [];
      }
    }
    if (run.length > 1) runs.push(run);
  }
  return runs;
}

function runLength(run: readonly [number, number][]): number {
  return run
    .slice(1)
    .reduce(
      (sum, p, i) => sum + Math.hypot(p[0] - (run[i]?.[0] ?? 0), p[1] - (run[i]?.[1] ?? 0)),
      0,
    );
}

/** The point halfway along the longest visible run: where a river's one label goes. */
export function midpointOfLongestRun(runs: readonly [number, number][][]): [number, number] | null {
  const longest = runs.reduce<[number, number][] | null>(
    (best, run) => (best === null || runLength(run) > runLength(best) ? run : best),
    null,
  );
  if (!longest) return null;
  let remaining = runLength(longest) / 2;
  for (let i = 1; i < longest.length; i++) {
    const a = longest[i - 1];
    const b = longest[i];
    if (!a || !b) continue;
    const step = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (step >= remaining && step > 0) {
      const t = remaining / step;
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    remaining -= step;
  }
  return longest[longest.length - 1] ?? null;
}

function lineParts(feature: Feature): Position[][] {
  const geometry = feature.geometry;
  if (geometry?.type === 'LineString') return [geometry.coordinates];
  if (geometry?.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

export function rivers(context: DrawContext): Drawing[] {
  // Label lines are the live map's guides for its river names; a still places its own.
  const all = (context.data.get('rivers')?.features ?? []).filter(
    (f) => f.properties?.label !== true,
  );
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
  const names = [
    ...new Set(
      all.map((f) => f.properties?.name).filter((n): n is string => typeof n === 'string'),
    ),
  ].sort();
  const labels = names.flatMap((name): LabelRequest[] => {
    const lines = all.filter((f) => f.properties?.name === name).flatMap(lineParts);
    const at = midpointOfLongestRun(visibleRuns(context.view, lines));
    if (!at) return [];
    return [
      {
        text: `${name} River`,
        at,
        style: { face: SANS_REGULAR, size: 12, color: PALETTE.river, letterSpacing: 0.05 },
        priority: PRIORITY.river,
        placements: ['above', 'below', 'right', 'left'],
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
