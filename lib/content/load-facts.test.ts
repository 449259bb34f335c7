import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFacts } from './load-facts';

const ROOT = path.resolve(__dirname, '../..');

/** The story's own fact tables, as the map shows them (issue #3). */
describe('content/facts', () => {
  const facts = loadFacts(ROOT);

  it('has the 8 pilot zones: Guizhou first, then 7 in Oct 2016', () => {
    const zones = facts['pilot-zones'];
    expect(zones).toHaveLength(8);
    expect(zones.filter((z) => z.wave === 1).map((z) => z.id)).toEqual(['guizhou']);
    expect(zones.filter((z) => z.wave === 2)).toHaveLength(7);
    expect(new Set(zones.map((z) => z.kind))).toEqual(
      new Set(['first', 'cross-regional', 'regional-demonstration', 'infrastructure']),
    );
  });

  it.each([
    ['faer', 'coal', 2400],
    ['panxian-2', 'coal', 2400],
    ['nayong', 'coal', 2400],
    ['qianxi', 'coal', 1860],
    ['zhijin', 'coal', 1320],
    ['goupitan', 'hydro', 3000],
    ['wujiangdu', 'hydro', 1250],
    ['shatuo', 'hydro', 1120],
    ['silin', 'hydro', 1050],
    ['dongfeng', 'hydro', 695],
    ['hongjiadu', 'hydro', 600],
    ['suofengying', 'hydro', 600],
    ['guangzhao', 'hydro', 1040],
    ['tianshengqiao-2', 'hydro', 1320],
    ['tianshengqiao-1', 'hydro', 1200],
  ])('has %s (%s, %i MW) as the facts sheet gives it', (id, fuel, capacityMw) => {
    expect(facts['power-plants'].find((p) => p.id === id)).toMatchObject({ fuel, capacityMw });
  });

  it("uses Wikipedia's Silin point, not WRI's copy of Goupitan's", () => {
    const silin = facts['power-plants'].find((p) => p.id === 'silin');
    expect(silin?.coordinates).toEqual([108.1861, 27.8022]);
  });

  it("has the three coalfields, the Gui'an sites, the places, two earthquakes and the corridor", () => {
    expect(facts.coalfields).toHaveLength(3);
    expect(facts['data-centres'].map((d) => d.id)).toEqual(
      expect.arrayContaining(['apple-gcbd', 'tencent-qixing', 'huawei-cloud', 'operators-cluster']),
    );
    expect(facts.places.find((p) => p.kind === 'provincial-capital')?.id).toBe('guiyang');
    expect(facts.places.map((p) => p.id)).toEqual(
      expect.arrayContaining(['maotai', 'guangzhou', 'chengdu']),
    );
    expect(facts.earthquakes.map((e) => [e.id, e.magnitude])).toEqual([
      ['wenchuan-2008', 7.9],
      ['ludian-2014', 6.2],
    ]);
    expect(facts.transmission[0]?.path.length).toBeGreaterThanOrEqual(2);
  });

  it("has Guiyang's airport and a schematic G60 from Guiyang's point to Anshun's", () => {
    const place = (id: string) => facts.places.find((p) => p.id === id)?.coordinates;
    const airport = facts.transport.find((t) => t.id === 'longdongbao-airport');
    // OurAirports' ZUGY, east of the city centre.
    expect(airport?.coordinates).toEqual([106.8033, 26.5415]);
    const g60 = facts.transport.find((t) => t.kind === 'corridor');
    expect(g60?.path?.at(0)).toEqual(place('guiyang'));
    expect(g60?.path?.at(-1)).toEqual(place('anshun'));
    expect(g60?.note).toMatch(/^Schematic/);
  });
});

describe('loadFacts errors', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const copy = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'facts-'));
    cpSync(path.join(ROOT, 'content/facts'), path.join(dir, 'content/facts'), { recursive: true });
    return path.join(dir, 'content/facts');
  };

  it('names a stray file', () => {
    writeFileSync(path.join(copy(), 'power-plant.yaml'), 'rows: []');
    expect(() => loadFacts(dir)).toThrow(/^content\/facts\/power-plant\.yaml: is not a fact table/);
  });

  it('names a missing table', () => {
    rmSync(path.join(copy(), 'places.yaml'));
    expect(() => loadFacts(dir)).toThrow('content/facts/places.yaml: is missing');
  });

  it('names the file and field of a bad value', () => {
    const file = path.join(copy(), 'earthquakes.yaml');
    writeFileSync(
      file,
      'description: Earthquakes for a test, with a source each.\nrows:\n  - id: x\n    name: X quake\n    nameZh: 某地震\n    date: 2008-13-40\n    magnitude: 7.9\n    coordinates: [103, 31]\n    sources: [{ label: USGS, url: "https://usgs.gov" }]\n',
    );
    expect(() => loadFacts(dir)).toThrow(
      /^content\/facts\/earthquakes\.yaml: rows\[0\]\.date: must be a date/,
    );
  });
});
