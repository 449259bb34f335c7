import { describe, expect, it } from 'vitest';
import { itReturns } from '@/lib/testing/it-returns';
import { parseOfflineManifest, toSiteUrl } from './offline-manifest';

describe('toSiteUrl', () => {
  itReturns('%s → %j', toSiteUrl, [
    ['index.html', ''],
    ['present/index.html', 'present/'],
    ['s/coal/index.html', 's/coal/'],
    ['404.html', '404.html'],
    ['data/provinces.json', 'data/provinces.json'],
    ['stills/index.html.png', 'stills/index.html.png'],
  ]);
});

describe('parseOfflineManifest', () => {
  it('reads the list the build writes', () => {
    const manifest = { bytes: 3, files: [{ url: 'a.js', bytes: 3 }] };
    expect(parseOfflineManifest(manifest)).toEqual(manifest);
  });

  it.each([['<html>404</html>'], [null], [{ bytes: 1 }], [{ bytes: 1, files: [{ url: 1 }] }]])(
    'turns down %j',
    (value) => {
      expect(parseOfflineManifest(value)).toBeNull();
    },
  );
});
