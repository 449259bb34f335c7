import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../lib/content/load-facts';
import { polygonContains } from '../../lib/facts/geo-contains';
import { DISTRICTS, DISTRICT_FILES, toDistrictFeatures, type CityFile } from './districts';
import { ROOT } from './paths';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [106, 26],
      [107, 26],
      [107, 27],
      [106, 26],
    ] as [number, number][],
  ],
};
const file = (id: string, name: string): CityFile => ({
  type: 'FeatureCollection',
  UTF8Encoding: false,
  features: [{ id, properties: { name }, geometry: square }],
});

describe('toDistrictFeatures', () => {
  it('gives a division our id, short English name, kind and city, by its code', () => {
    expect(toDistrictFeatures('t', file('520111', '花溪区'))[0]?.properties).toEqual({
      id: 'huaxi',
      name: 'Huaxi',
      nameZh: '花溪区',
      kind: 'district',
      prefecture: 'guiyang',
    });
  });

  it.each([
    ['an unknown code', file('520199', '花溪区'), /unknown division code 520199/],
    ['a code whose name differs', file('520111', '南明区'), /520111 is 南明区, not 花溪区/],
  ])('stops on %s', (_case, data, message) => {
    expect(() => toDistrictFeatures('t', data)).toThrow(message);
  });
});

/** The package's own shapes, read as the recipe reads them. */
const require = createRequire(import.meta.url);
const features = DISTRICT_FILES.flatMap((path) =>
  toDistrictFeatures(path, JSON.parse(readFileSync(require.resolve(path), 'utf8')) as CityFile),
);
const districtOf = (point: readonly [number, number]) =>
  features.find((f) => polygonContains(f.geometry, point))?.properties.id;

describe('the source shapes against our facts', () => {
  it('has every division of Guiyang and Anshun once', () => {
    expect(features.map((f) => f.properties.id).sort()).toEqual(
      Object.values(DISTRICTS)
        .map((d) => d.id)
        .sort(),
    );
  });

  const facts = loadFacts(ROOT);
  it.each(facts['data-centres'].map((site) => [site.id, site] as const))(
    '%s lies in Pingba, as the map describes it',
    (_id, site) => expect(districtOf(site.coordinates)).toBe('pingba'),
  );

  it("puts Guiyang's airport in Nanming and Anshun in Xixiu, as OurAirports and the story say", () => {
    const airport = facts.transport.find((t) => t.id === 'longdongbao-airport');
    expect(districtOf(airport?.coordinates ?? [0, 0])).toBe('nanming');
    expect(districtOf(facts.places.find((p) => p.id === 'anshun')?.coordinates ?? [0, 0])).toBe(
      'xixiu',
    );
  });
});
