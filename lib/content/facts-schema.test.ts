import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { factTableSchemas } from './facts-schema';
import { parseYamlFile } from './parse-yaml-file';

const source = {
  label: 'WRI Global Power Plant Database',
  url: 'https://datasets.wri.org/dataset/globalpowerplantdatabase',
};

const plant = {
  id: 'goupitan',
  name: 'Goupitan',
  nameZh: '构皮滩水电站',
  fuel: 'hydro',
  capacityMw: 3000,
  coordinates: [107.6331, 27.3753],
  river: 'Wu',
  confidence: 'high',
  sources: [source],
};

const zone = {
  id: 'guizhou',
  name: 'Guizhou',
  nameZh: '贵州',
  city: 'Guiyang',
  cityZh: '贵阳',
  coordinates: [106.6302, 26.6477],
  approved: '2016-02-25',
  wave: 1,
  kind: 'first',
  confidence: 'high',
  sources: [source],
};

const description = 'A table of facts for the tests, with a source on every row.';
const plants = (...rows: object[]) =>
  stringify({
    description,
    rows: [plant, plant, plant, ...rows].map((row, i) => ({ ...row, id: `plant-${i}` })),
  });

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'no error';
}

describe('fact table schemas: messages name the file and the field', () => {
  const file = 'content/facts/power-plants.yaml';
  const schema = factTableSchemas['power-plants'];

  it.each([
    ['capacity too small', plants({ ...plant, capacityMw: 0 }), 'rows[3].capacityMw: Too small'],
    [
      'longitude out of range',
      plants({ ...plant, coordinates: [207.6, 27.3] }),
      'rows[3].coordinates[0]: longitude must be at most 180',
    ],
    [
      'latitude out of range',
      plants({ ...plant, coordinates: [107.6, -97.3] }),
      'rows[3].coordinates[1]: latitude must be at least -90',
    ],
    [
      'a plain-http source',
      plants({ ...plant, sources: [{ label: 'WRI', url: 'http://wri.org/x' }] }),
      'rows[3].sources[0].url: must be a well-formed https:// URL',
    ],
    [
      'no source',
      plants({ ...plant, sources: [] }),
      'rows[3].sources: must list at least one source',
    ],
    ['an unknown fuel', plants({ ...plant, fuel: 'nuclear' }), 'rows[3].fuel: Invalid option'],
    [
      'a hydro station without a river',
      plants({ ...plant, river: undefined }),
      'rows[3].river: a hydro station must name its river',
    ],
    [
      'a coal plant with a river',
      plants({ ...plant, fuel: 'coal' }),
      'rows[3].river: only hydro stations have a river',
    ],
    [
      'an unknown field',
      plants({ ...plant, capacity: 3 }),
      'rows[3]: Unrecognized key: "capacity"',
    ],
    [
      'a bad confidence',
      plants({ ...plant, confidence: 'sure' }),
      'rows[3].confidence: Invalid option',
    ],
    ['no rows', stringify({ description, rows: [] }), 'rows: must have at least one row'],
    ['a missing description', stringify({ rows: [plant] }), 'description: Invalid input'],
    ['invalid YAML', 'rows: [', 'is not valid YAML'],
  ])('%s', (_case, yaml, expected) => {
    expect(errorOf(() => parseYamlFile(file, yaml, schema))).toContain(`${file}: ${expected}`);
  });

  it('rejects a duplicate id at the second row', () => {
    const yaml = stringify({ description, rows: [plant, plant] });
    expect(errorOf(() => parseYamlFile(file, yaml, schema))).toBe(
      `${file}: rows[1].id: "goupitan" is used twice`,
    );
  });

  it('rejects an id that is not a slug', () => {
    const yaml = stringify({ description, rows: [{ ...plant, id: 'Gou Pi Tan' }] });
    expect(errorOf(() => parseYamlFile(file, yaml, schema))).toContain(
      `${file}: rows[0].id: must be a slug`,
    );
  });

  it.each([
    [
      'a second-wave date on the first wave',
      { ...zone, approved: '2016-10' },
      'rows[0].approved: does not match wave 1',
    ],
    [
      'a first-wave kind on the second wave',
      { ...zone, wave: 2, approved: '2016-10' },
      'rows[0].kind: does not match wave 2',
    ],
    ['a wave 3', { ...zone, wave: 3 }, 'rows[0].wave: must be 1 or 2'],
  ])('pilot zones: %s', (_case, row, expected) => {
    const pilotFile = 'content/facts/pilot-zones.yaml';
    const yaml = stringify({ description, rows: [row] });
    expect(
      errorOf(() => parseYamlFile(pilotFile, yaml, factTableSchemas['pilot-zones'])),
    ).toContain(`${pilotFile}: ${expected}`);
  });

  it('accepts a valid table and keeps its fields', () => {
    const table = parseYamlFile(file, stringify({ description, rows: [plant] }), schema);
    expect(table.rows[0]).toEqual(plant);
  });
});

describe('the transport table: an airport is a point, a corridor a path', () => {
  const file = 'content/facts/transport.yaml';
  const schema = factTableSchemas.transport;
  const airport = {
    id: 'airport',
    name: 'An airport',
    nameZh: '一个机场',
    mapLabel: 'Airport',
    kind: 'airport',
    coordinates: [106.8, 26.54],
    note: 'An airport for the tests, with its reference point.',
    noteZh: '供测试用的机场及其参考点。',
    sources: [source],
  };
  const corridor = {
    ...airport,
    id: 'road',
    kind: 'corridor',
    coordinates: undefined,
    path: [
      [106.6, 26.6],
      [105.9, 26.2],
    ],
  };
  const table = (row: object) => stringify({ description, rows: [row] });

  it('accepts each kind with its own geometry', () => {
    expect(
      parseYamlFile(file, stringify({ description, rows: [airport, corridor] }), schema).rows,
    ).toHaveLength(2);
  });

  it.each([
    [
      'an airport without coordinates',
      { ...airport, coordinates: undefined },
      'rows[0].coordinates',
    ],
    ['an airport with a path', { ...airport, path: corridor.path }, 'rows[0].path'],
    ['a corridor with coordinates', { ...corridor, coordinates: [106, 26] }, 'rows[0].coordinates'],
    ['a corridor of one point', { ...corridor, path: [[106, 26]] }, 'rows[0].path'],
  ])('rejects %s', (_case, row, field) => {
    expect(errorOf(() => parseYamlFile(file, table(row), schema))).toContain(`${file}: ${field}`);
  });
});
