import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { toQrRuns } from './qr-runs';

const _ = false;
const X = true;

describe('toQrRuns', () => {
  it.each([
    ['an empty matrix', [], []],
    ['a light row', [[_, _, _]], []],
    ['a dark row', [[X, X, X]], [{ x: 0, y: 0, width: 3 }]],
    [
      'runs that touch either edge',
      [[X, _, X, X]],
      [
        { x: 0, y: 0, width: 1 },
        { x: 2, y: 0, width: 2 },
      ],
    ],
    [
      'rows apart',
      [
        [_, X, _],
        [X, X, _],
      ],
      [
        { x: 1, y: 0, width: 1 },
        { x: 0, y: 1, width: 2 },
      ],
    ],
  ])('%s', (_name, matrix, runs) => {
    expect(toQrRuns(matrix)).toEqual(runs);
  });

  it('covers exactly the dark modules of a real code', () => {
    const { data } = encode('https://example.org/s/plateau/', { border: 4 });
    const covered = data.map((row) => row.map(() => false));
    for (const run of toQrRuns(data)) {
      for (let x = run.x; x < run.x + run.width; x += 1) {
        const row = covered[run.y];
        if (row) row[x] = true;
      }
    }
    expect(covered).toEqual(data);
  });
});
