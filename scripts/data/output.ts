import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatFeatureLines } from '../../lib/map/feature-lines';
import { OUT_DIR } from './paths';

/** What one dataset step wrote: the numbers the progress line and the summary table show. */
export interface OutputReport {
  /** Path relative to `public/data/`. */
  readonly file: string;
  readonly features: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Bytes a static host sends with gzip (level 9, as `serve` and most CDNs do at best). */
export function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Writes bytes under `public/data/` and measures them. */
export function writeBytes(file: string, bytes: Buffer | string, features: number): OutputReport {
  const target = path.join(OUT_DIR, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  return { file, features, rawBytes: Buffer.byteLength(bytes), gzipBytes: gzipSize(bytes) };
}

/**
 * Writes a FeatureCollection as compact JSON, one feature per line (the map parses it a few
 * lines at a time). `JSON.stringify` keeps key order as built, so the same input gives the
 * same bytes on every run and machine.
 */
export function writeFeatureCollection(
  file: string,
  collection: { readonly features: readonly unknown[] },
): OutputReport {
  const others = Object.keys(collection).filter((key) => key !== 'type' && key !== 'features');
  if (others.length > 0) throw new Error(`${file}: members the layout has no line for: ${others}`);
  return writeBytes(file, formatFeatureLines(collection.features), collection.features.length);
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
