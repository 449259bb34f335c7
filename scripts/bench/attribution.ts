import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceLookup, type SourceLookup } from './source-map';

/** Where a slice of main-thread time went. */
export type Share =
  'ours' | 'framework' | 'map' | 'other-js' | 'page-chunk' | 'map-chunk' | 'gl' | 'gc' | 'browser';

export const SHARE_LABELS: Readonly<Record<Share, string>> = {
  ours: 'our code',
  framework: 'React/Next',
  map: 'MapLibre/deck.gl',
  'other-js': 'other JS libraries',
  'page-chunk': 'page chunks (React/Next + our article code)',
  'map-chunk': 'map chunks (MapLibre, deck.gl + our map code)',
  gl: 'GL calls (software GPU)',
  gc: 'garbage collection',
  browser: 'style, layout, paint, other',
};

const FRAMEWORK = /^(next|react|react-dom|scheduler|@swc\/helpers|@next\/[^/]+)$/;
const MAP_LIBRARIES =
  /^(maplibre-gl|@maplibre\/.+|@deck\.gl\/.+|@luma\.gl\/.+|@math\.gl\/.+|@loaders\.gl\/.+|@probe\.gl\/.+|@vis\.gl\/.+|@mapbox\/.+|mjolnir\.js|gl-matrix|earcut|kdbush|murmurhash-js|tslib)$/;

/** Classifies an original source path from a source map (Turbopack writes `[project]/…`). */
export function classifySource(source: string): Share {
  const clean = source.replace(/^turbopack:\/\/\//, '');
  if (clean.startsWith('[turbopack]') || clean.startsWith('[next]')) return 'framework';
  const inModules = clean.split('node_modules/').at(-1) ?? '';
  if (inModules === clean) return clean.startsWith('[project]/') ? 'ours' : 'other-js';
  const [scope = '', name = ''] = inModules.split('/');
  const packageName = scope.startsWith('@') ? `${scope}/${name}` : scope;
  if (FRAMEWORK.test(packageName)) return 'framework';
  if (MAP_LIBRARIES.test(packageName)) return 'map';
  return 'other-js';
}

export interface Attributor {
  /** `source-maps` when every chunk that ran had a map, `chunks` when none had. */
  readonly mode: () => 'source-maps' | 'chunks' | 'partly source-mapped';
  shareOf(url: string, line: number, column: number): Share;
  /** Our source file at a position (`lib/map/rows.ts`), where a source map names one. */
  sourceOf(url: string, line: number, column: number): string | null;
}

export interface AttributorOptions {
  readonly outDir: string;
  readonly origin: string;
  /** URL paths of the scripts the page loads at once; any other chunk belongs to the map. */
  readonly initialScripts: readonly string[];
}

/** The source map a chunk names in its `sourceMappingURL` comment (Turbopack names it apart). */
function mapFileOf(chunk: string): string | null {
  if (!existsSync(chunk)) return null;
  const named = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(chunk, 'utf8'))?.[1];
  if (!named || named.startsWith('data:')) return null;
  const file = path.join(path.dirname(chunk), decodeURIComponent(named));
  return existsSync(file) ? file : null;
}

/** Maps chunk positions to source files where source maps exist, else to the chunk's kind. */
export function createAttributor(options: AttributorOptions): Attributor {
  const chunksDir = path.join(options.outDir, '_next/static/chunks');
  const lookups = new Map<string, SourceLookup | null>();
  const used = { mapped: 0, unmapped: 0 };
  const lookupFor = (name: string): SourceLookup | null => {
    if (lookups.has(name)) return lookups.get(name) ?? null;
    const mapFile = mapFileOf(path.join(chunksDir, name));
    const lookup = mapFile ? sourceLookup(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
    used[lookup ? 'mapped' : 'unmapped'] += 1;
    lookups.set(name, lookup);
    return lookup;
  };
  const initial = new Set(options.initialScripts.map((url) => path.basename(url)));
  return {
    mode: () =>
      used.unmapped === 0 ? 'source-maps' : used.mapped === 0 ? 'chunks' : 'partly source-mapped',
    shareOf(url, line, column) {
      if (!url.startsWith(`${options.origin}/`)) return 'other-js';
      // The page's inline scripts are Next's (its payload for hydration).
      if (!url.includes('/_next/static/chunks/')) return 'framework';
      const name = path.basename(new URL(url).pathname);
      const source = lookupFor(name)?.sourceAt(line, column);
      if (source) return classifySource(source);
      return initial.has(name) ? 'page-chunk' : 'map-chunk';
    },
    sourceOf(url, line, column) {
      if (!url.includes('/_next/static/chunks/')) return null;
      const source = lookupFor(path.basename(new URL(url).pathname))?.sourceAt(line, column);
      if (!source || classifySource(source) !== 'ours') return null;
      return source.replace(/^turbopack:\/\/\//, '').replace(/^\[project\]\//, '');
    },
  };
}
