/**
 * The committed boundaries (issue #3): the countries, provinces, Guizhou, its prefectures,
 * districts and built-up area, each with the expected features where they belong.
 */
import type { Feature, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointToLinesKm } from '../../lib/facts/distance';
import { polygonContains } from '../../lib/facts/geo-contains';
import { collections, facts, load, parts, toLonLat } from './committed-data';
import { CLOSE_BBOX, DISTRICTS, DISTRICTS_BBOX } from './districts';
import { loadGdpTable } from '@/lib/content/gdp-table';
import { OUTSIDE_MAINLAND_IDS } from '@/lib/map/province-groups';

function outline(): Feature {
  const [guizhou] = load('guizhou.json').features;
  if (!guizhou) throw new Error('guizhou.json is empty');
  return guizhou;
}

function guizhouGeometry() {
  const g = outline().geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error('not a polygon');
  return g;
}

/** [west, south, east, north] of Guizhou's outline. */
function guizhouBounds(): [number, number, number, number] {
  const points = parts(outline()).flat();
  const lons = points.map((p) => p[0] ?? 0);
  const lats = points.map((p) => p[1] ?? 0);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

describe('countries.json', () => {
  it('holds China, Taiwan and the neighbours, with names only', () => {
    const features = load('countries.json').features;
    const names = features.map((f) => f.properties?.name);
    expect(names).toEqual(
      expect.arrayContaining(['China', 'Taiwan', 'India', 'Vietnam', 'Mongolia']),
    );
    features.forEach((f) => expect(Object.keys(f.properties ?? {})).toEqual(['name']));
  });
});

describe('provinces.json and guizhou.json', () => {
  it("has China's 31 mainland provincial divisions plus Hong Kong and Macau", () => {
    const ids = load('provinces.json').features.map((f) => f.properties?.id);
    expect(ids).toHaveLength(33);
    expect(ids).toEqual(
      expect.arrayContaining(['guizhou', 'sichuan', 'yunnan', 'guangdong', 'inner-mongolia']),
    );
    load('provinces.json').features.forEach((f) =>
      expect(Object.keys(f.properties ?? {}).sort()).toEqual(
        OUTSIDE_MAINLAND_IDS.includes(String(f.properties?.id))
          ? ['id', 'name']
          : ['gdpPerPerson', 'id', 'name'],
      ),
    );
  });

  it('carries the GDP table as content/tables has it (rebuild with `npm run data -- provinces`)', () => {
    const values = Object.fromEntries(
      load('provinces.json')
        .features.filter((f) => f.properties?.gdpPerPerson !== undefined)
        .map((f) => [f.properties?.id, f.properties?.gdpPerPerson]),
    );
    expect(values).toEqual(loadGdpTable().values);
  });

  it('has Guizhou alone, about 176,000 km2, with Guiyang inside and Chengdu outside', () => {
    expect(load('guizhou.json').features).toHaveLength(1);
    expect(outline().properties).toEqual({ id: 'guizhou', name: 'Guizhou' });
    const guiyang = facts.places.find((p) => p.id === 'guiyang');
    const chengdu = facts.places.find((p) => p.id === 'chengdu');
    expect(polygonContains(guizhouGeometry(), guiyang?.coordinates ?? [0, 0])).toBe(true);
    expect(polygonContains(guizhouGeometry(), chengdu?.coordinates ?? [0, 0])).toBe(false);
  });
});

describe('power plants against the outline', () => {
  it("lie within Guizhou's bounding box plus 0.6 degrees", () => {
    const [west, south, east, north] = guizhouBounds();
    for (const plant of facts['power-plants']) {
      const [lon, lat] = plant.coordinates;
      expect(lon, plant.id).toBeGreaterThanOrEqual(west - 0.6);
      expect(lon, plant.id).toBeLessThanOrEqual(east + 0.6);
      expect(lat, plant.id).toBeGreaterThanOrEqual(south - 0.6);
      expect(lat, plant.id).toBeLessThanOrEqual(north + 0.6);
    }
  });
});

describe('prefectures.json', () => {
  const features = load('prefectures.json').features;

  it('has the 9 prefectures, 3 of them autonomous', () => {
    expect(features.map((f) => f.properties?.id).sort()).toEqual([
      'anshun',
      'bijie',
      'guiyang',
      'liupanshui',
      'qiandongnan',
      'qiannan',
      'qianxinan',
      'tongren',
      'zunyi',
    ]);
    const autonomous = features.filter((f) => f.properties?.autonomous === true);
    expect(autonomous.map((f) => f.properties?.id).sort()).toEqual([
      'qiandongnan',
      'qiannan',
      'qianxinan',
    ]);
    autonomous.forEach((f) => expect(f.properties?.peoples).toMatch(/Miao/));
  });

  it('puts each prefecture seat inside its prefecture', () => {
    const seats: Record<string, string> = {
      guiyang: 'guiyang',
      zunyi: 'zunyi',
      anshun: 'anshun',
      liupanshui: 'liupanshui',
      bijie: 'bijie',
      tongren: 'tongren',
      qiandongnan: 'kaili',
      qiannan: 'duyun',
      qianxinan: 'xingyi',
    };
    for (const feature of features) {
      const seat = facts.places.find((p) => p.id === seats[String(feature.properties?.id)]);
      const g = feature.geometry;
      if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error('not a polygon');
      expect(polygonContains(g, seat?.coordinates ?? [0, 0]), String(feature.properties?.id)).toBe(
        true,
      );
    }
  });
});

describe('district-lines.json and district-labels.json', () => {
  const inside = (
    [west, south, east, north]: readonly [number, number, number, number],
    [lon = NaN, lat = NaN]: Position,
  ) => lon >= west && lon <= east && lat >= south && lat <= north;

  it('has boundary lines only, inside their box, marked inner or outer', () => {
    const lines = load('district-lines.json').features;
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(['LineString', 'MultiLineString']).toContain(line.geometry.type);
      expect(Object.keys(line.properties ?? {})).toEqual(['outer']);
      for (const p of parts(line).flat()) expect(inside(DISTRICTS_BBOX, p)).toBe(true);
    }
    expect(lines.some((f) => f.properties?.outer === true)).toBe(true);
  });

  const labels = load('district-labels.json').features;
  it('names every division once at its whole area, and each one in the close-ups in their frame', () => {
    const region = labels.filter((f) => f.properties?.view === 'region');
    expect(region.map((f) => f.properties?.id).sort()).toEqual(
      Object.values(DISTRICTS)
        .map((d) => d.id)
        .sort(),
    );
    const close = labels.filter((f) => f.properties?.view === 'close');
    expect(close.map((f) => f.properties?.id)).toContain('pingba');
    for (const label of close) expect(inside(CLOSE_BBOX, parts(label).flat()[0] ?? [])).toBe(true);
  });
});

describe('urban-areas.json', () => {
  const areas = load('urban-areas.json').features;

  it("holds Guiyang's built-up area, named and sized, inside the Gui'an scenes' box", () => {
    expect(areas.map((f) => f.properties?.id)).toEqual(['guiyang-urban']);
    for (const area of areas) {
      expect(area.geometry.type).toBe('Polygon');
      expect(Object.keys(area.properties ?? {})).toEqual(['id', 'name', 'nameZh', 'areaKm2']);
      for (const [lon = NaN, lat = NaN] of parts(area).flat()) {
        const [west, south, east, north] = DISTRICTS_BBOX;
        expect(lon >= west && lon <= east && lat >= south && lat <= north).toBe(true);
      }
    }
    expect(areas[0]?.properties).toMatchObject({ name: 'Guiyang', nameZh: '贵阳', areaKm2: 320 });
  });

  it('stops at the airport, on its south-eastern edge, and keeps clear of the data-centre sites', () => {
    const [area] = areas;
    if (area?.geometry.type !== 'Polygon') throw new Error('no Guiyang polygon');
    const airport = collections.transport.features.find((f) => f.id === 'longdongbao-airport');
    if (airport?.geometry.type !== 'Point') throw new Error('no airport point');
    // The airport sits at the built-up area's south-eastern edge, not inside it.
    expect(polygonContains(area.geometry, toLonLat(airport.geometry.coordinates))).toBe(false);
    expect(
      pointToLinesKm(
        toLonLat(airport.geometry.coordinates),
        parts(area).map((r) => r.map(toLonLat)),
      ),
    ).toBeLessThan(3);
    for (const site of collections['data-centres'].features) {
      if (site.geometry.type !== 'Point') continue;
      expect(polygonContains(area.geometry, toLonLat(site.geometry.coordinates))).toBe(false);
    }
  });
});
