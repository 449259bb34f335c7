import { describe, expect, it } from 'vitest';
import { itReturns } from '@/lib/testing/it-returns';
import { counterpartPath, editionOfPath } from './edition-of-path';

describe('editionOfPath', () => {
  itReturns('%s is the %s edition', editionOfPath, [
    ['/', 'en'],
    ['/text/', 'en'],
    ['/zhuang/', 'en'],
    ['/zh', 'zh'],
    ['/zh/', 'zh'],
    ['/zh/present/presenter/', 'zh'],
  ]);
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
