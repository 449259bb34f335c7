import { describe, expect, it } from 'vitest';
import { chartSchema, type Chart } from '@/lib/content/schema';
import { axisTicks, CHART_SIZE, layoutLineChart, niceTicks } from './line-chart';

const SOURCE = { label: 'A statistics yearbook', url: 'https://example.org/yearbook' };

function rankChart(points: Array<[number, number]>): Chart {
  return chartSchema.parse({
    title: 'Rank for GDP per person',
    unit: 'rank among 31',
    lowerIsBetter: true,
    domain: [1, 31],
    marker: { year: 2016, label: 'pilot zone' },
    points: points.map(([year, value]) => ({ year, value })),
    sources: [SOURCE],
  });
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
    const layout = layoutLineChart(
      rankChart([
        [2014, 30],
        [2016, 29],
        [2018, 25],
      ]),
    );
    const [first, , last] = layout.points;
    expect(last!.y).toBeLessThan(first!.y);
    expect(layout.points.map((point) => point.x)).toEqual(
      [...layout.points.map((point) => point.x)].sort((a, b) => a - b),
    );
  });

  it('draws the first and last years at the plot’s edges and the marker between them', () => {
    const layout = layoutLineChart(
      rankChart([
        [2015, 30],
        [2016, 29],
        [2017, 25],
      ]),
    );
    expect(layout.points[0]!.x).toBe(layout.plot.left);
    expect(layout.points.at(-1)!.x).toBe(layout.plot.right);
    expect(layout.markerX).toBeCloseTo((layout.plot.left + layout.plot.right) / 2);
    expect(layout.line.startsWith('M')).toBe(true);
    expect(layout.line.match(/L/g)).toHaveLength(2);
  });

  it('breaks the line over missing years instead of bridging them', () => {
    const layout = layoutLineChart(
      rankChart([
        [2014, 30],
        [2015, 29],
        [2018, 25],
        [2019, 24],
      ]),
    );
    expect(layout.line.match(/M/g)).toHaveLength(2);
    expect(layout.line.match(/L/g)).toHaveLength(2);
  });

  it('keeps every mark inside the drawing', () => {
    const layout = layoutLineChart(
      rankChart([
        [2010, 31],
        [2012, 1],
        [2024, 15],
      ]),
    );
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

  it('refuses years out of order', () => {
    const result = chartSchema.safeParse({
      ...base,
      points: [
        { year: 2015, value: 1 },
        { year: 2014, value: 2 },
        { year: 2017, value: 3 },
      ],
    });
    expect(result.error?.issues[0]?.path).toEqual(['points']);
  });

  it('refuses a marker outside the years shown', () => {
    const result = chartSchema.safeParse({
      ...base,
      marker: { year: 2030, label: 'later' },
      points: [
        { year: 2015, value: 1 },
        { year: 2016, value: 2 },
        { year: 2017, value: 3 },
      ],
    });
    expect(result.error?.issues[0]?.path).toEqual(['marker', 'year']);
  });

  it('refuses a value outside a fixed domain', () => {
    const result = chartSchema.safeParse({
      ...base,
      domain: [1, 31],
      points: [
        { year: 2015, value: 1 },
        { year: 2016, value: 32 },
        { year: 2017, value: 3 },
      ],
    });
    expect(result.error?.issues[0]?.path).toEqual(['domain']);
  });
});
