import { describe, expect, it } from 'vitest';
import {
  FIRST_SCENE_BUDGET_GZIP,
  TOTAL_BUDGET_GZIP,
  budgetSummary,
  checkBudgets,
  overBudget,
  type FileSize,
} from './budget';

const file = (name: string, gzipBytes: number): FileSize => ({
  file: name,
  rawBytes: gzipBytes * 4,
  gzipBytes,
});

describe('checkBudgets', () => {
  it('counts the first scene apart from the rest, and names first-scene files not built', () => {
    const check = checkBudgets([
      file('countries.json', 100),
      file('provinces.json', 200),
      file('rivers.json', 1000),
    ]);
    expect(check).toEqual({
      totalGzip: 1300,
      firstSceneGzip: 300,
      missing: ['guizhou.json', 'facts/pilot-zones.json'],
    });
    expect(overBudget(check)).toEqual([]);
    expect(budgetSummary(check)).toContain('not built, so not counted: guizhou.json');
  });

  it('names each budget the data is over, which the build fails on', () => {
    const heavy = checkBudgets([
      file('countries.json', FIRST_SCENE_BUDGET_GZIP + 1),
      file('terrain/3/6/3.png', TOTAL_BUDGET_GZIP),
    ]);
    expect(overBudget(heavy)).toEqual(['all data', 'first scene']);
    const firstOnly = checkBudgets([file('provinces.json', FIRST_SCENE_BUDGET_GZIP + 1)]);
    expect(overBudget(firstOnly)).toEqual(['first scene']);
  });
});
