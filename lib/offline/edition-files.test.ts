import { describe, expect, it } from 'vitest';
import { editionOfFile, filesOfEdition, offlineManifestPath } from './edition-files';

describe('editionOfFile', () => {
  it.each([
    ['', 'en'],
    ['present/', 'en'],
    ['s/coal/', 'en'],
    ['404.html', 'en'],
    ['stills/coal.png', 'en'],
    ['stills/portrait/coal.png', 'en'],
    ['zh/', 'zh'],
    ['zh/present/', 'zh'],
    ['zh/s/coal/', 'zh'],
    ['stills/zh/coal.png', 'zh'],
    ['stills/zh/portrait/coal.png', 'zh'],
    ['fonts/zh/fonts.css', 'zh'],
    ['fonts/sans-400.woff2', null],
    ['data/provinces.json', null],
    ['_next/static/chunks/main.js', null],
  ])('%j belongs to %j', (url, edition) => {
    expect(editionOfFile(url)).toBe(edition);
  });
});

describe('filesOfEdition', () => {
  const files = ['', 'zh/', 'stills/coal.png', 'stills/zh/coal.png', 'data/a.json'].map((url) => ({
    url,
    bytes: 1,
  }));

  it.each([
    ['en', ['', 'stills/coal.png', 'data/a.json']],
    ['zh', ['zh/', 'stills/zh/coal.png', 'data/a.json']],
  ] as const)('keeps %s pages, stills and shared files', (edition, urls) => {
    expect(filesOfEdition(files, edition).map((file) => file.url)).toEqual(urls);
  });
});

describe('offlineManifestPath', () => {
  it("puts each list beside its edition's pages", () => {
    expect(offlineManifestPath('en')).toBe('offline-files.json');
    expect(offlineManifestPath('zh')).toBe('zh/offline-files.json');
  });
});
