import { describe, expect, it } from 'vitest';
import { siteUrl } from './base-path';

describe('siteUrl', () => {
  it.each([
    ['data/countries.json', 'http://localhost:3000', 'http://localhost:3000/data/countries.json'],
    ['/data/countries.json', 'http://localhost:3000/', 'http://localhost:3000/data/countries.json'],
    [
      'data/terrain/{z}/{x}/{y}.png',
      'https://example.org',
      'https://example.org/data/terrain/{z}/{x}/{y}.png',
    ],
  ])('%s on %s', (path, origin, url) => {
    expect(siteUrl(path, origin)).toBe(url);
  });
});
