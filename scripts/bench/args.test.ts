import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args';

describe('parseBenchArgs', () => {
  it('defaults to 5 runs, 20 passes and Lighthouse, reusing the export', () => {
    expect(parseBenchArgs([])).toEqual({
      runs: 5,
      passes: 20,
      build: false,
      sourceMaps: false,
      lighthouse: true,
      quick: false,
      saveTraces: false,
    });
  });

  it('--quick means one run, three passes and no Lighthouse, unless told otherwise', () => {
    expect(parseBenchArgs(['--quick'])).toMatchObject({ runs: 1, passes: 3, lighthouse: false });
    expect(parseBenchArgs(['--quick', '--runs', '2'])).toMatchObject({ runs: 2 });
  });

  it('--source-maps implies building', () => {
    expect(parseBenchArgs(['--source-maps'])).toMatchObject({ build: true, sourceMaps: true });
  });

  it('--save-traces keeps the scroll traces', () => {
    expect(parseBenchArgs(['--save-traces'])).toMatchObject({ saveTraces: true });
  });

  it('rejects what it does not understand', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/at least 1/);
    expect(() => parseBenchArgs(['--runs', 'many'])).toThrow();
    expect(() => parseBenchArgs(['--fast'])).toThrow();
  });

  it('answers --help', () => {
    expect(parseBenchArgs(['--help'])).toBe('help');
  });
});
