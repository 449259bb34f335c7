import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { GDP_BREAKS, GDP_COLOURS, GDP_PROPERTY, gdpClassFilter } from './gdp-classes';

/** The classes whose filter a province with this figure passes. */
function classesOf(properties: Record<string, unknown>): number[] {
  return GDP_COLOURS.map((_, index) => index).filter((index) =>
    featureFilter(gdpClassFilter(index)).filter({ zoom: 4 }, { type: 3, properties }),
  );
}

describe('gdpClassFilter', () => {
  it('puts every figure in exactly one class, a break in the class it opens', () => {
    const cases: [number, number][] = [
      [5_000, 0],
      [GDP_BREAKS[0], 1],
      [9_999, 1],
      [GDP_BREAKS[1], 2],
      [12_557, 2],
      [GDP_BREAKS[2], 3],
      [17_999, 3],
      [GDP_BREAKS[3], 4],
      [25_000, 4],
    ];
    for (const [figure, index] of cases) {
      expect(classesOf({ [GDP_PROPERTY]: figure }), String(figure)).toEqual([index]);
    }
  });

  it('leaves a province without a figure unshaded', () => {
    expect(classesOf({})).toEqual([]);
  });
});
