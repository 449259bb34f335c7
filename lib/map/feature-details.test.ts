import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { itReturns } from '@/lib/testing/it-returns';
import { loadFacts } from '@/lib/content/load-facts';
import { buildFactCollections } from '@/lib/facts/to-feature-collection';
import { sceneFor } from '@/lib/story/scene-for';
import { describeFeatures } from './feature-details';
import { formatDate, formatMegawatts } from './feature-format';
import { formatDateZh } from './feature-text';
import { districtTitle } from './layers/districts';
import type { LoadedData } from './load-dataset';

describe('formatMegawatts', () => {
  itReturns('%s → %s', formatMegawatts, [
    [405, '405 MW'],
    [3000, '3,000 MW'],
    [1234567, '1,234,567 MW'],
    [1.5, '1.5 MW'],
    [12500.25, '12,500.25 MW'],
  ]);
});

describe('formatDate and formatDateZh', () => {
  // A day, a month and a year, as sources give them, in each edition's words.
  const DATES = [
    ['2016-02-25', '25 Feb 2016', '2016年2月25日'],
    ['2016-10', 'Oct 2016', '2016年10月'],
    ['2016', '2016', '2016年'],
  ] as const;
  const inWords = (column: 1 | 2) => DATES.map((row) => [row[0], row[column]] as const);
  itReturns('in English, %s → %s', formatDate, inWords(1));
  itReturns('in Chinese, %s → %s', formatDateZh, inWords(2));
});

describe('describeFeatures', () => {
  it("gives a data centre's dates as the sources say them, not as an opening date", () => {
    const facts = buildFactCollections(loadFacts());
    const data: LoadedData = new Map([['dataCentres', facts['data-centres']]]);
    const apple = describeFeatures(sceneFor({ scene: 'data-centres' }), data).find(
      (detail) => detail.key === 'data-centres:apple-gcbd',
    );
    expect(apple?.facts).toContain('Dates: announced 12 Jul 2017; foundation stone 25 May 2018');
    expect(apple?.facts.some((fact) => fact.startsWith('Opened'))).toBe(false);
  });
});

describe("the Gui'an close-up's features list", () => {
  const facts = buildFactCollections(loadFacts());
  const files = (name: string) =>
    JSON.parse(
      readFileSync(path.join(__dirname, '../../public/data', name), 'utf8'),
    ) as FeatureCollection;
  const data: LoadedData = new Map([
    ['dataCentres', facts['data-centres']],
    ['places', facts.places],
    ['transport', facts.transport],
    ['districtLabels', files('district-labels.json')],
    ['urbanAreas', files('urban-areas.json')],
  ]);

  it('names a dozen things and more in the wide view: districts, the city, the airport, the road, the sites', () => {
    const titles = describeFeatures(sceneFor({ scene: 'guian' }), data).map((d) => d.title);
    expect(titles.length).toBeGreaterThanOrEqual(12);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Huaxi District',
        'Qingzhen (county-level city)',
        'Xixiu District',
        'Guiyang built-up area',
        'Guiyang Longdongbao International Airport',
        'Shanghai–Kunming Expressway (G60), Guiyang to Anshun',
        'Apple iCloud data centre (GCBD)',
      ]),
    );
    // Far from Gui'an, out of the view: not listed.
    expect(titles).not.toContain('Kaiyang County');
  });

  it('lists only the divisions a close-up shows, each once', () => {
    const titles = describeFeatures(sceneFor({ scene: 'data-centres' }), data)
      .filter((d) => d.key.startsWith('districts:'))
      .map((d) => d.title);
    expect(titles.sort()).toEqual(['Huaxi District', 'Pingba District']);
  });

  it('says what the built-up area is, where it comes from and how old it is, in both editions', () => {
    const find = (edition: 'en' | 'zh') =>
      describeFeatures(sceneFor({ scene: 'guian' }), data, edition).find(
        (d) => d.key === 'urban-areas:guiyang-urban',
      );
    expect(find('en')?.facts).toEqual([
      "About 320 km² of built-up land, as Natural Earth maps it from satellite images of the early 2000s, before Gui'an was planned",
    ]);
    expect(find('en')?.sources.map((s) => s.url)).toEqual([
      'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-urban-areas/',
    ]);
    expect(find('zh')?.title).toBe('贵阳建成区');
    expect(find('zh')?.facts[0]).toContain('320平方公里');
  });
});

describe('districtTitle', () => {
  itReturns('%s, a %s → %s', (name: string, kind: string) => districtTitle({ name, kind }), [
    ['Huaxi', 'district', 'Huaxi District'],
    ['Kaiyang', 'county', 'Kaiyang County'],
    ['Qingzhen', 'county-level city', 'Qingzhen (county-level city)'],
    ['Zhenning', 'autonomous county', 'Zhenning (autonomous county)'],
  ]);
});
