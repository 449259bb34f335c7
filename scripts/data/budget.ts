import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatBytes, gzipSize } from './output';

/** Issue #3: all map data together, gzip bytes. */
export const TOTAL_BUDGET_GZIP = 1024 * 1024;
/** Issue #3: what the first scene loads before the reader scrolls, gzip bytes. */
export const FIRST_SCENE_BUDGET_GZIP = 300 * 1024;
/** The first scene: China's neighbours, its provinces, Guizhou set apart, the pilot zones. */
export const FIRST_SCENE_FILES = [
  'countries.json',
  'provinces.json',
  'guizhou.json',
  'facts/pilot-zones.json',
] as const;

export interface FileSize {
  /** Relative to the data folder, with forward slashes. */
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/**
 * Every data file under `dir` (the data folder), by path relative to it, sorted; none from
 * the folders in `skip` (paths relative to `dir`), which are not even opened.
 */
export function listDataDir(dir: string, skip: readonly string[] = []): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative)).sort()) {
      const child = relative ? `${relative}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) {
        if (!skip.includes(child)) walk(child);
      } else if (name !== 'README.md') files.push(child);
    }
  };
  walk('');
  return files;
}

/**
 * Every data file under `dir`, but those in the folders in `skip`, sorted by path, with raw
 * and gzip sizes.
 */
export function measureDataDir(dir: string, skip: readonly string[] = []): FileSize[] {
  return listDataDir(dir, skip).map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return { file, rawBytes: bytes.length, gzipBytes: gzipSize(bytes) };
  });
}

export function sumGzip(files: readonly FileSize[], only?: readonly string[]): number {
  return files
    .filter((f) => !only || only.includes(f.file))
    .reduce((sum, f) => sum + f.gzipBytes, 0);
}

/** All the map data measured against both budgets. */
export interface BudgetCheck {
  readonly totalGzip: number;
  readonly firstSceneGzip: number;
  /** First-scene files not among those measured: their bytes are not in `firstSceneGzip`. */
  readonly missing: readonly string[];
}

export function checkBudgets(files: readonly FileSize[]): BudgetCheck {
  return {
    totalGzip: sumGzip(files),
    firstSceneGzip: sumGzip(files, FIRST_SCENE_FILES),
    missing: FIRST_SCENE_FILES.filter((file) => !files.some((f) => f.file === file)),
  };
}

/** The budget line of the data build's log. */
export function budgetSummary(check: BudgetCheck): string {
  const uncounted =
    check.missing.length > 0 ? ` (not built, so not counted: ${check.missing.join(', ')})` : '';
  return (
    `budget: all data ${formatBytes(check.totalGzip)} of ${formatBytes(TOTAL_BUDGET_GZIP)} gzip; ` +
    `first scene ${formatBytes(check.firstSceneGzip)} of ${formatBytes(FIRST_SCENE_BUDGET_GZIP)} gzip${uncounted}`
  );
}

/** The budgets the data is over, named; none when it fits. */
export function overBudget(check: BudgetCheck): string[] {
  return [
    ...(check.totalGzip > TOTAL_BUDGET_GZIP ? ['all data'] : []),
    ...(check.firstSceneGzip > FIRST_SCENE_BUDGET_GZIP ? ['first scene'] : []),
  ];
}
