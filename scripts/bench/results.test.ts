import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchResultSchema, resultFileName, saveResult } from './results';
import { sampleResult } from './sample-result';

describe('the result JSON', () => {
  it('is named by its start time, safe in file names', () => {
    expect(resultFileName(new Date('2026-11-29T06:15:19.107Z'))).toBe(
      'bench-2026-11-29T06-15-19-107Z.json',
    );
  });

  it('is saved as checked JSON and reads back the same', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
    const file = saveResult(dir, sampleResult());
    const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(benchResultSchema.parse(saved)).toEqual(sampleResult());
  });

  it('refuses a result of the wrong shape', () => {
    const result = sampleResult();
    expect(benchResultSchema.safeParse({ ...result, schema: 'other/1' }).success).toBe(false);
    expect(
      benchResultSchema.safeParse({ ...result, deepLink: { ...result.deepLink, ratio: 1.1 } })
        .success,
    ).toBe(false);
    expect(
      benchResultSchema.safeParse({
        ...result,
        budgets: [{ name: 'x', target: 'y', value: 'z', verdict: 'ok' }],
      }).success,
    ).toBe(false);
  });
});
