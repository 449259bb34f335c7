/**
 * Integrity of the committed map data in public/data (issue #3): every file loads and has the
 * expected features, the geometry sits where it belongs, and the byte budgets hold. The facts
 * tables are rebuilt here from content/ (their JSON is git-ignored, made by `npm run build`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../lib/content/load-facts';
import { pointToLinesKm, type LonLat } from '../../lib/facts/distance';
import { mercatorX, mercatorY } from '../../lib/geo/web-mercator';
import { polygonContains } from '../../lib/facts/geo-contains';
import { buildFactCollections } from '../../lib/facts/to-feature-collection';
import { RIVER_NAME_ANCHORS } from '../../lib/map/river-names';
import { formatFeatureLines } from '../../lib/map/feature-lines';
import { FIRST_SCENE_BUDGET_GZIP, TOTAL_BUDGET_GZIP, checkBudgets, measureDataDir } from './budget';
import { isFeatureCollection } from './geojson-guard';
import { CLOSE_BBOX, DISTRICTS, DISTRICTS_BBOX } from './districts';
import { gzipSize } from './output';
import { OUT_DIR, ROOT } from './paths';
import { tilesCovering } from './terrarium';
import { loadGdpTable } from '@/lib/content/gdp-table';
import { OUTSIDE_MAINLAND_IDS } from '@/lib/map/province-groups';

function load(file: string): FeatureCollection {
  const data: unknown = JSON.parse(readFileSync(path.join(OUT_DIR, file), 'utf8'));
  if (!isFeatureCollection(data)) throw new Error(`${file} is not a FeatureCollection`);
  return data;
}

/** Every ring or line of a feature, as position lists. */
function parts(feature: Feature): Position[][] {
  const g = feature.geometry;
  if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'Point') return [[g.coordinates]];
  return [];
}

function toLonLat(position: Position): LonLat {
  return [position[0] ?? NaN, position[1] ?? NaN];
}

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

const facts = loadFacts(ROOT);
const collections = buildFactCollections(facts);
const VECTOR_FILES = [
  'countries.json',
  'provinces.json',
  'guizhou.json',
  'prefectures.json',
  'rivers.json',
  'district-lines.json',
  'district-labels.json',
  'urban-areas.json',
];

describe('every vector file', () => {
  it.each(VECTOR_FILES)(
    '%s is compact GeoJSON, a feature per line, rounded coordinates',
    (file) => {
      const text = readFileSync(path.join(OUT_DIR, file), 'utf8');
      const collection = load(file);
      expect(collection.features.length).toBeGreaterThan(0);
      // The layout the map parses a slice at a time, byte for byte.
      expect(text).toBe(formatFeatureLines(collection.features));
      expect(text).not.toMatch(/\d\.\d{5,}/);
    },
  );

  it.each(VECTOR_FILES)('%s has no segment jumping over 180 degrees of longitude', (file) => {
    for (const feature of load(file).features) {
      for (const part of parts(feature)) {
        part.slice(1).forEach((p, i) => {
          expect(Math.abs((p[0] ?? 0) - (part[i]?.[0] ?? 0))).toBeLessThan(180);
        });
      }
    }
  });
});

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

describe('rivers.json', () => {
  const rivers = load('rivers.json').features;
  const lines = rivers.flatMap(parts).map((line) => line.map(toLonLat));

  it('names the Wu, Beipan, Nanpan, Hongshui and Qingshui', () => {
    const names = new Set(rivers.map((f) => f.properties?.name).filter(Boolean));
    expect([...names].sort()).toEqual(['Beipan', 'Hongshui', 'Nanpan', 'Qingshui', 'Wu']);
    rivers.forEach((f) => expect(Object.keys(f.properties ?? {})).toEqual(['name', 'major']));
  });

  const ownLines = (name: string) =>
    rivers
      .filter((f) => f.properties?.name === name)
      .flatMap(parts)
      .map((line) => line.map(toLonLat));

  it.each(RIVER_NAME_ANCHORS.features.map((f) => [f.properties.name, f] as const))(
    "the %s River's name sits on it, turned to its course",
    (name, anchor) => {
      const at = toLonLat(anchor.geometry.coordinates);
      expect(pointToLinesKm(at, ownLines(name))).toBeLessThan(3);
      // The river's course there: the line through its vertices within 25 km (a name's half-length), on screen axes.
      const near = ownLines(name)
        .flat()
        .filter((p) => pointToLinesKm(p, [[at, at]]) < 25);
      expect(near.length).toBeGreaterThan(3);
      const xs = near.map((p) => mercatorX(p[0]));
      const ys = near.map((p) => mercatorY(p[1]));
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      const [mx, my] = [mean(xs), mean(ys)];
      const sxx = mean(xs.map((x) => (x - mx) ** 2));
      const syy = mean(ys.map((y) => (y - my) ** 2));
      const sxy = mean(xs.map((x, i) => (x - mx) * ((ys[i] ?? my) - my)));
      const course = (Math.atan2(2 * sxy, sxx - syy) * 90) / Math.PI;
      const off = Math.abs(((anchor.properties.angle - course + 270) % 180) - 90);
      expect(off).toBeLessThan(12);
    },
  );

  it.each(facts['power-plants'].filter((p) => p.fuel === 'hydro').map((p) => [p.name, p] as const))(
    'hydro station %s is within 3 km of a river line, and of its named river',
    (_name, plant) => {
      expect(pointToLinesKm(plant.coordinates, lines)).toBeLessThan(3);
      const own = rivers
        .filter((f) => f.properties?.name === plant.river)
        .flatMap(parts)
        .map((line) => line.map(toLonLat));
      expect(pointToLinesKm(plant.coordinates, own)).toBeLessThan(3);
    },
  );
});

describe('terrain tiles', () => {
  const tileJson: unknown = JSON.parse(
    readFileSync(path.join(OUT_DIR, 'terrain/tiles.json'), 'utf8'),
  );

  it('describes a Terrarium raster-dem source with relative tile URLs and bounds', () => {
    expect(tileJson).toMatchObject({
      tiles: ['terrain/{z}/{x}/{y}.png'],
      minzoom: 3,
      maxzoom: 5,
      bounds: [97, 20, 117, 35],
      encoding: 'terrarium',
      attribution: expect.stringContaining('ETOPO5'),
    });
  });

  it('has every tile inside the bounds and no other', () => {
    const pngs = measureDataDir(OUT_DIR)
      .filter((f) => f.file.endsWith('.png'))
      .map((f) => f.file);
    const expected = [3, 4, 5].flatMap((z) =>
      tilesCovering([97, 20, 117, 35], z).map(([x, y]) => `terrain/${z}/${x}/${y}.png`),
    );
    expect(pngs.sort()).toEqual(expected.sort());
  });
});

describe('byte budgets (issue #3)', () => {
  const files = measureDataDir(OUT_DIR).filter((f) => !f.file.startsWith('facts/'));
  // The facts JSON is built from content on every `npm run build`; measure it as built here.
  const factFiles = Object.entries(collections).map(([name, collection]) => {
    const json = JSON.stringify(collection);
    return { file: `facts/${name}.json`, rawBytes: json.length, gzipBytes: gzipSize(json) };
  });
  // The same check the data build fails on.
  const budget = checkBudgets([...files, ...factFiles]);

  it('keeps all map data within 1 MB gzip', () => {
    expect(budget.totalGzip).toBeLessThanOrEqual(TOTAL_BUDGET_GZIP);
  });

  it("keeps the first scene's data within 300 KB gzip", () => {
    expect(budget.missing).toEqual([]);
    expect(budget.firstSceneGzip).toBeLessThanOrEqual(FIRST_SCENE_BUDGET_GZIP);
  });
});
