import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISTRICTS_BBOX } from './districts';
import {
  NAMING_REACH_KM,
  URBAN_EXTRACT,
  gitBlobId,
  nameUrbanAreas,
  reaches,
  type City,
  type UrbanFeature,
} from './urban-areas';

/** A square urban area of about 1.1 km a side around [106.6, 26.6]. */
const square: UrbanFeature = {
  type: 'Feature',
  properties: { scalerank: 3, featurecla: 'Urban area', area_sqkm: 1.2, min_zoom: 3.7 },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [106.595, 26.595],
        [106.595, 26.605],
        [106.605, 26.605],
        [106.605, 26.595],
        [106.595, 26.595],
      ],
    ],
  },
};
const city = (id: string, coordinates: readonly [number, number]): City => ({
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  nameZh: '城',
  coordinates,
});

describe('gitBlobId', () => {
  it('is the id `git hash-object` gives', () => {
    expect(gitBlobId(Buffer.from('hello\n'))).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(gitBlobId(Buffer.from(''))).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });
});

describe('reaches', () => {
  it('keeps an area with any vertex in the box, and drops one with none', () => {
    expect(reaches(square.geometry, DISTRICTS_BBOX)).toBe(true);
    expect(reaches(square.geometry, [100, 20, 101, 21])).toBe(false);
  });
});

describe('nameUrbanAreas', () => {
  it('names an area for the one city inside it, with the area rounded to a km²', () => {
    const [named] = nameUrbanAreas(
      [square],
      [city('inside', [106.6, 26.6]), city('far', [105, 25])],
    );
    expect(named?.properties).toEqual({
      id: 'inside-urban',
      name: 'Inside',
      nameZh: '城',
      areaKm2: 1,
    });
    expect(named?.geometry).toBe(square.geometry);
  });

  it(`names it for a city just outside its coarse edge, within ${NAMING_REACH_KM} km`, () => {
    // 0.01° of longitude east of the edge is about 1 km here.
    const [named] = nameUrbanAreas([square], [city('edge', [106.615, 26.6])]);
    expect(named?.properties.id).toBe('edge-urban');
  });

  it('stops rather than guess when no city or two cities could name it', () => {
    expect(() => nameUrbanAreas([square], [city('far', [106.7, 26.6])])).toThrow(/by 0 cities/);
    expect(() =>
      nameUrbanAreas([square], [city('one', [106.6, 26.6]), city('two', [106.601, 26.601])]),
    ).toThrow(/by 2 cities/);
  });
});

describe('the committed Natural Earth extract', () => {
  it("holds only urban areas that reach into the Gui'an scenes' box", () => {
    const extract = JSON.parse(readFileSync(URBAN_EXTRACT, 'utf8')) as {
      features: UrbanFeature[];
    };
    expect(extract.features.length).toBeGreaterThan(0);
    for (const feature of extract.features) {
      expect(feature.properties.featurecla).toBe('Urban area');
      expect(reaches(feature.geometry, DISTRICTS_BBOX)).toBe(true);
    }
  });
});
