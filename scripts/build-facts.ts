/**
 * Builds `public/data/facts/<table>.json` (GeoJSON) from `content/facts/<table>.yaml`.
 * Fast and self-contained (no downloads): `npm run build` runs it before every `next build`.
 * A bad row stops it with a message naming the file and field.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { FACT_TABLE_NAMES } from '../lib/content/facts-schema';
import { loadFacts } from '../lib/content/load-facts';
import { buildFactCollections } from '../lib/facts/to-feature-collection';

export interface FactFileReport {
  readonly file: string;
  readonly features: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Writes every table under `<root>/public/data/facts/`; returns what it wrote. */
export function buildFacts(root: string): FactFileReport[] {
  const collections = buildFactCollections(loadFacts(root));
  const dir = path.join(root, 'public', 'data', 'facts');
  // Start clean so a renamed table leaves no stale file behind.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return FACT_TABLE_NAMES.map((name) => {
    const collection = collections[name];
    const json = JSON.stringify(collection);
    writeFileSync(path.join(dir, `${name}.json`), json);
    return {
      file: `facts/${name}.json`,
      features: collection.features.length,
      rawBytes: Buffer.byteLength(json),
      gzipBytes: gzipSync(json, { level: 9 }).length,
    };
  });
}

function main(): void {
  const started = performance.now();
  try {
    const reports = buildFacts(process.cwd());
    for (const r of reports) {
      console.log(
        `${r.file.padEnd(28)} ${String(r.features).padStart(3)} features ${String(r.rawBytes).padStart(7)} B ${String(r.gzipBytes).padStart(6)} B gzip`,
      );
    }
    console.log(
      `facts: ${reports.length} tables in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

// Run when called as a script (`tsx scripts/build-facts.ts`), not when imported by the data build.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
