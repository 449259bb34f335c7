import { describe, expect, it } from 'vitest';
import { counterpartPath, editionOfPath } from './edition-of-path';

describe('editionOfPath', () => {
  it.each([
    ['/', 'en'],
    ['/text/', 'en'],
    ['/zhuang/', 'en'],
    ['/zh', 'zh'],
    ['/zh/', 'zh'],
    ['/zh/present/presenter/', 'zh'],
  ])('%s is the %s edition', (path, edition) => {
    expect(editionOfPath(path)).toBe(edition);
  });
});

describe('counterpartPath', () => {
  it.each([
    ['/', '/zh/'],
    ['/zh/', '/'],
    ['/s/hydro/', '/zh/s/hydro/'],
    ['/zh/s/hydro/', '/s/hydro/'],
    ['/zh/text/', '/text/'],
    ['/lesson/', '/zh/lesson/'],
    ['/zh/lesson/', '/lesson/'],
  ])('%s ↔ %s', (from, to) => {
    expect(counterpartPath(from)).toBe(to);
    expect(counterpartPath(to)).toBe(from);
  });

  it.each(['/still/', '/zh/still/', '/still'])('%s has no switch to another edition', (path) => {
    expect(counterpartPath(path)).toBeNull();
  });
});
