import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sameFiles, subsetOf } from './data-subset';
import type { LoadedData } from './load-dataset';

const file = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

describe('subsetOf', () => {
  it('keeps the arrived files of the ids asked for, and no others', () => {
    const rivers = file();
    const data: LoadedData = new Map([
      ['rivers', rivers],
      ['countries', file()],
    ]);
    expect([...subsetOf(data, ['rivers', 'places'])]).toEqual([['rivers', rivers]]);
  });
});

describe('sameFiles', () => {
  const rivers = file();
  const places = file();

  it('is true for the same files in another map', () => {
    expect(
      sameFiles(
        new Map([
          ['rivers', rivers],
          ['places', places],
        ]),
        new Map([
          ['places', places],
          ['rivers', rivers],
        ]),
      ),
    ).toBe(true);
  });

  it('is false when a file was added, or replaced by another of equal content', () => {
    const one: LoadedData = new Map([['rivers', rivers]]);
    expect(sameFiles(one, new Map([...one, ['places', places]]))).toBe(false);
    expect(sameFiles(new Map([...one, ['places', places]]), one)).toBe(false);
    expect(sameFiles(one, new Map([['rivers', file()]]))).toBe(false);
  });
});
