import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const OUT_DIR = 'out';

/**
 * Where `--source-maps` builds a copy of the export with browser source maps (next.config.ts
 * reads BENCH_SOURCE_MAPS_DIR). out/ itself is never built with maps: its bytes are what ships.
 * The copy is served instead of out/ for that run; it lacks the service worker and the CSP.
 */
export const MAPPED_COPY_DIR = 'bench-results/source-maps';

function run(command: string, args: readonly string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

/** Builds the export when it is missing or `force` says so; says which it did. */
export function ensureExport(force: boolean): 'built' | 'reused' {
  if (!force && existsSync(path.join(OUT_DIR, 'index.html'))) return 'reused';
  console.log(force ? 'Building the export (--build) ...' : 'No export in out/: building it ...');
  run('npm', ['run', 'build']);
  return 'built';
}

/** Builds the source-mapped copy (Next only: the assets are already in public/ from the build). */
export function buildMappedCopy(): void {
  console.log(`Building a copy with source maps into ${MAPPED_COPY_DIR}/ ...`);
  run('npx', ['next', 'build'], { BENCH_SOURCE_MAPS_DIR: MAPPED_COPY_DIR });
}
