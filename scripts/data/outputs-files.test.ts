/**
 * The committed map data as files (issue #3): every vector file in the layout the map parses,
 * the terrain tiles its source names, and the byte budgets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFeatureLines } from '../../lib/map/feature-lines';
import {
  FIRST_SCENE_BUDGET_GZIP,
  TOTAL_BUDGET_GZIP,
  checkBudgets,
  listDataDir,
  measureDataDir,
} from './budget';
import { collections, load, parts } from './committed-data';
import { gzipSize } from './output';
import { OUT_DIR } from './paths';
import { tilesCovering } from './terrarium';

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
    // One assertion on the widest jump: one per point made this the slowest unit test.
    let widest = { degrees: 0, feature: -1, point: -1 };
    load(file).features.forEach((feature, index) => {
      for (const part of parts(feature)) {
        for (let i = 1; i < part.length; i += 1) {
          const degrees = Math.abs((part[i]?.[0] ?? 0) - (part[i - 1]?.[0] ?? 0));
          if (!(degrees <= widest.degrees)) widest = { degrees, feature: index, point: i };
        }
      }
    });
    expect(
      widest.degrees,
      `feature ${widest.feature}, point ${widest.point}: the widest jump`,
    ).toBeLessThan(180);
  });
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
    const pngs = listDataDir(path.join(OUT_DIR, 'terrain'))
      .filter((file) => file.endsWith('.png'))
      .map((file) => `terrain/${file}`);
    const expected = [3, 4, 5].flatMap((z) =>
      tilesCovering([97, 20, 117, 35], z).map(([x, y]) => `terrain/${z}/${x}/${y}.png`),
    );
    expect(pngs.sort()).toEqual(expected.sort());
  });
});

describe('byte budgets (issue #3)', () => {
  // The facts JSON is built from content on every `npm run build` (which may be rewriting it
  // now): measure it as built here, and leave the folder unopened.
  const files = measureDataDir(OUT_DIR, ['facts']);
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
