import type { Chart } from '@/lib/content/schema';

/** The drawing area of a step chart, in SVG units; the SVG scales to its column. */
export const CHART_SIZE = { width: 320, height: 180 } as const;
const MARGIN = { top: 24, right: 12, bottom: 26, left: 34 } as const;

export interface PlacedPoint {
  readonly year: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

export interface Tick {
  readonly value: number;
  readonly at: number;
}

export interface LineChartLayout {
  readonly points: readonly PlacedPoint[];
  /** The series as an SVG path, broken where years are missing. */
  readonly line: string;
  readonly markerX: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

function scale(from: readonly [number, number], to: readonly [number, number]) {
  const span = from[1] - from[0] || 1;
  return (value: number) => to[0] + ((value - from[0]) / span) * (to[1] - to[0]);
}

/** Up to `count` round values from `low` to `high` that a reader can take in at a glance. */
export function niceTicks(low: number, high: number, count = 4): number[] {
  const raw = (high - low) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let value = Math.ceil(low / step) * step; value <= high + 1e-9; value += step) {
    ticks.push(Number(value.toFixed(6)));
  }
  return ticks;
}

/**
 * The value axis's ticks. A fixed domain (a rank from 1 to 31) shows its ends, which say
 * what the scale is, and the round values between that do not crowd them.
 */
export function axisTicks(low: number, high: number, showEnds: boolean): number[] {
  const ticks = niceTicks(low, high);
  if (!showEnds) return ticks;
  const gap = (high - low) / 8;
  const inner = ticks.filter((value) => value - low > gap && high - value > gap);
  return [low, ...inner, high];
}

/**
 * Where every mark of a step chart goes. Years run left to right; values run up, or down
 * when lower is better (rank 1 at the top), so "up" always reads as "doing better".
 */
export function layoutLineChart(chart: Chart): LineChartLayout {
  const plot = {
    left: MARGIN.left,
    right: CHART_SIZE.width - MARGIN.right,
    top: MARGIN.top,
    bottom: CHART_SIZE.height - MARGIN.bottom,
  };
  const values = chart.points.map((point) => point.value);
  const [low, high] = chart.domain ?? [Math.min(...values), Math.max(...values)];
  const firstYear = chart.points[0]?.year ?? chart.marker.year;
  const lastYear = chart.points.at(-1)?.year ?? chart.marker.year;
  const x = scale([firstYear, lastYear], [plot.left, plot.right]);
  const y = scale(chart.lowerIsBetter ? [low, high] : [high, low], [plot.top, plot.bottom]);
  const points = chart.points.map((point) => ({ ...point, x: x(point.year), y: y(point.value) }));
  const line = points
    .map((point, index) => {
      const joined = index > 0 && point.year - (points[index - 1]?.year ?? 0) === 1;
      return `${joined ? 'L' : 'M'}${point.x.toFixed(1)},${point.y.toFixed(1)}`;
    })
    .join('');
  const yearStep = Math.ceil((lastYear - firstYear) / 5) || 1;
  const xTicks: Tick[] = [];
  for (let year = firstYear; year <= lastYear; year += yearStep) {
    xTicks.push({ value: year, at: x(year) });
  }
  const yTicks = axisTicks(low, high, chart.domain !== undefined).map((value) => ({
    value,
    at: y(value),
  }));
  return { points, line, markerX: x(chart.marker.year), xTicks, yTicks, plot };
}
