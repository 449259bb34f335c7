import { describe, expect, it } from 'vitest';
import { chartSchema, type Chart } from '@/lib/content/schema';
import { axisTicks, CHART_SIZE, layoutLineChart, niceTicks } from './line-chart';

const SOURCE = { label: 'A statistics yearbook', url: 'https://example.org/yearbook' };

type Point = [year: number, value: number];

const points = (...pairs: Point[]) => pairs.map(([year, value]) => ({ year, value }));

/** The layout of a rank chart (1 is best) through these years and ranks. */
function rankLayout(...pairs: Point[]) {
  const chart: Chart = chartSchema.parse({
    title: 'Rank for GDP per person',
    unit: 'rank among 31',
    lowerIsBetter: true,
    domain: [1, 31],
    marker: { year: 2016, label: 'pilot zone' },
    points: points(...pairs),
    sources: [SOURCE],
  });
  return layoutLineChart(chart);
}

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(0, 10)).toEqual([0, 5, 10]);
    expect(niceTicks(3, 31)).toEqual([10, 20, 30]);
  });
});

describe('axisTicks', () => {
  it('shows a fixed domain’s ends and keeps round values off them', () => {
    expect(axisTicks(1, 31, true)).toEqual([1, 10, 20, 31]);
  });
});

describe('layoutLineChart', () => {
  it('puts a better rank higher, so up always reads as doing better', () => {
    const layout = rankLayout([2014, 30], [2016, 29], [2018, 25]);
    const [first, , last] = layout.points;
    expect(last!.y).toBeLessThan(first!.y);
    expect(layout.points.map((point) => point.x)).toEqual(
      [...layout.points.map((point) => point.x)].sort((a, b) => a - b),
    );
  });

  it('draws the first and last years at the plot’s edges and the marker between them', () => {
    const layout = rankLayout([2015, 30], [2016, 29], [2017, 25]);
    expect(layout.points[0]!.x).toBe(layout.plot.left);
    expect(layout.points.at(-1)!.x).toBe(layout.plot.right);
    expect(layout.markerX).toBeCloseTo((layout.plot.left + layout.plot.right) / 2);
    expect(layout.line.startsWith('M')).toBe(true);
    expect(layout.line.match(/L/g)).toHaveLength(2);
  });

  it('breaks the line over missing years instead of bridging them', () => {
    const layout = rankLayout([2014, 30], [2015, 29], [2018, 25], [2019, 24]);
    expect(layout.line.match(/M/g)).toHaveLength(2);
    expect(layout.line.match(/L/g)).toHaveLength(2);
  });

  it('keeps every mark inside the drawing', () => {
    const layout = rankLayout([2010, 31], [2012, 1], [2024, 15]);
    for (const point of layout.points) {
      expect(point.y).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeLessThanOrEqual(CHART_SIZE.height);
    }
  });
});

describe('chartSchema', () => {
  const base = {
    title: 'Growth',
    unit: 'per cent',
    marker: { year: 2016, label: 'pilot zone' },
    sources: [SOURCE],
  };

  it.each<[string, Record<string, unknown>, string[]]>([
    ['years out of order', { points: points([2015, 1], [2014, 2], [2017, 3]) }, ['points']],
    [
      'a marker outside the years shown',
      { marker: { year: 2030, label: 'later' }, points: points([2015, 1], [2016, 2], [2017, 3]) },
      ['marker', 'year'],
    ],
    [
      'a value outside a fixed domain',
      { domain: [1, 31], points: points([2015, 1], [2016, 32], [2017, 3]) },
      ['domain'],
    ],
  ])('refuses %s', (_case, change, path) => {
    const result = chartSchema.safeParse({ ...base, ...change });
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
