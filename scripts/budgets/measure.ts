import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip -9 size of a file, the size a server sends. */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The module scripts a page loads at once (not `noModule` fallbacks for old browsers). */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)]
    .filter((match) => !/\bnoModule\b/i.test(match[0]))
    .map((match) => match[1] ?? '')
    .filter(Boolean);
}

/** Chunk files a chunk can load later: the bundler writes their paths into its code. */
export function referencedChunks(code: string): string[] {
  return [...new Set([...code.matchAll(/static\/chunks\/[\w.-]+\.js/g)].map((match) => match[0]))];
}

/**
 * Every chunk a page can load after its first scripts, following references from chunk to
 * chunk: for the story page, the map's code (MapLibre with its worker, deck.gl, our layers).
 */
export function lazyChunks(outDir: string, initial: readonly string[]): string[] {
  const toFile = (url: string) => path.join(outDir, '_next', url.replace(/^.*?_next\//, ''));
  const seen = new Set(initial.map((url) => url.replace(/^.*?(static\/chunks\/)/, '$1')));
  const queue = [...seen];
  const lazy: string[] = [];
  while (queue.length > 0) {
    const chunk = queue.shift() ?? '';
    const file = toFile(chunk);
    if (!existsSync(file)) continue;
    for (const next of referencedChunks(readFileSync(file, 'utf8'))) {
      if (seen.has(next)) continue;
      seen.add(next);
      lazy.push(next);
      queue.push(next);
    }
  }
  return lazy.map(toFile);
}

/** All files under a folder, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}
