import { describe, expect, it } from 'vitest';
import { formatDate, formatMegawatts } from './feature-details';

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
