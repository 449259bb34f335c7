import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Runs per timed figure; each figure is their median. */
  readonly runs: number;
  /** Passes through the story before the second heap reading (the first is after one). */
  readonly passes: number;
  /** Run `npm run build` even when `out/` exists. */
  readonly build: boolean;
  /** Build with browser source maps so long tasks are attributed to source files. */
  readonly sourceMaps: boolean;
  readonly lighthouse: boolean;
  readonly quick: boolean;
  /** Save each scroll's trace, to open in the DevTools Performance panel. */
  readonly saveTraces: boolean;
}

export const USAGE = `npm run bench -- [options]
  --runs N        runs per timed figure, each figure their median (default 5)
  --passes N      passes through the story for the second heap reading (default 20)
  --build         rebuild the export even if out/ exists
  --source-maps   rebuild with browser source maps and measure that copy: long tasks are
                  attributed to source files; it has no service worker or CSP, so take
                  Lighthouse and paint verdicts from a run without this option
  --no-lighthouse skip Lighthouse
  --save-traces   save each size's profiled scroll as
                  bench-results/traces/<time>/<profile>-profiled.json, to open in the DevTools
                  Performance panel
  --quick         1 run, 3 heap passes, no Lighthouse (a smoke test of the bench itself)`;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`--${name} takes a whole number of at least 1, not "${value}"`);
  }
  return number;
}

/** Reads the command line; throws with a message for anything it does not understand. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string' },
      passes: { type: 'string' },
      build: { type: 'boolean', default: false },
      'source-maps': { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      'save-traces': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const quick = values.quick;
  return {
    runs: positiveInteger('runs', values.runs, quick ? 1 : 5),
    passes: positiveInteger('passes', values.passes, quick ? 3 : 20),
    build: values.build || values['source-maps'],
    sourceMaps: values['source-maps'],
    lighthouse: !quick && !values['no-lighthouse'],
    quick,
    saveTraces: values['save-traces'],
  };
}
