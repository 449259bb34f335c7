import { describe, expect, it } from 'vitest';
import { loadFacts } from '@/lib/content/load-facts';
import { buildFactCollections } from '@/lib/facts/to-feature-collection';
import { sceneFor } from '@/lib/story/scene-for';
import { describeFeatures, formatDate, formatMegawatts } from './feature-details';
import type { LoadedData } from './load-dataset';

describe('formatMegawatts', () => {
  it.each([
    [405, '405 MW'],
    [3000, '3,000 MW'],
    [1234567, '1,234,567 MW'],
    [1.5, '1.5 MW'],
    [12500.25, '12,500.25 MW'],
  ])('%s → %s', (value, text) => {
    expect(formatMegawatts(value)).toBe(text);
  });
});

describe('formatDate', () => {
  it.each([
    ['2016-02-25', '25 Feb 2016'],
    ['2016-10', 'Oct 2016'],
    ['2016', '2016'],
  ])('%s → %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
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
