import { describe, expect, it } from 'vitest';
import type { StepData } from './step-data';
import { CSV_COLUMNS, csvField, toCsv } from './to-csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [1250, '1250'],
    [-12.5, '-12.5'],
    [undefined, ''],
    // A spreadsheet would run these as formulas: they stay text.
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-1+2', '-1+2'],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

const sample: StepData = {
  stepId: 'hydro',
  title: 'Steep rivers, big dams',
  credits: [
    {
      name: 'Global Power Plant Database',
      credit: 'World Resources Institute',
      licence: 'CC BY 4.0',
      url: 'https://datasets.wri.org/',
    },
  ],
  features: [
    {
      kind: 'Hydro station',
      id: 'goupitan',
      name: 'Goupitan',
      value: 3000,
      unit: 'MW',
      details: ['on the Wu River', 'in service from 2009'],
      geometry: { type: 'Point', coordinates: [107.633, 27.375] },
      point: [107.633, 27.375],
      pointNote: 'the point itself',
      sources: [
        { label: 'Wikipedia, Goupitan Dam', url: 'https://en.wikipedia.org/wiki/Goupitan_Dam' },
      ],
    },
    {
      kind: 'River',
      id: 'other-rivers',
      name: 'Other rivers',
      details: [],
      geometry: { type: 'MultiLineString', coordinates: [] },
      point: null,
      pointNote: 'many lines: see the GeoJSON',
      sources: [],
    },
  ],
};

describe('toCsv', () => {
  const csv = toCsv(sample, '/s/hydro/');
  const lines = csv.split('\r\n');
  const comments = lines.filter((line) => line.startsWith('#'));
  const table = lines.filter((line) => line !== '' && !line.startsWith('#'));

  it('names the page, and every dataset with its credit and licence, in comment lines first', () => {
    expect(lines[0]).toBe('# Data behind the map of "Steep rivers, big dams" (/s/hydro/)');
    expect(comments.join('\n')).toContain(
      'Global Power Plant Database: World Resources Institute. Licence: CC BY 4.0',
    );
    expect(lines.findIndex((line) => !line.startsWith('#'))).toBe(comments.length);
  });

  it('has a header and one row per feature, each with every column', () => {
    expect(table[0]).toBe(CSV_COLUMNS.join(','));
    expect(table).toHaveLength(1 + sample.features.length);
    expect(table[1]).toBe(
      'Hydro station,goupitan,Goupitan,,3000,MW,107.633,27.375,the point itself,on the Wu River; in service from 2009,"Wikipedia, Goupitan Dam <https://en.wikipedia.org/wiki/Goupitan_Dam>"',
    );
    // No position: empty cells, not "undefined".
    expect(table[2]).toBe('River,other-rivers,Other rivers,,,,,,many lines: see the GeoJSON,,');
  });

  it('ends every line with CRLF, the last included', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});
