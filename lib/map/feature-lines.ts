/**
 * The layout of our map data files: a GeoJSON FeatureCollection, still valid JSON for any
 * tool, with one feature per line. The map can then parse a file a few features at a time and
 * let the page draw in between, where one `JSON.parse` of a large file would hold the main
 * thread for tens of milliseconds on a slow phone.
 */
const HEAD = '{"type":"FeatureCollection","features":[';
const TAIL = ']}';

/** Main-thread time spent parsing before letting the page draw. */
const SLICE_MS = 8;

/** A FeatureCollection's text, one feature per line. */
export function formatFeatureLines(features: readonly unknown[]): string {
  if (features.length === 0) return `${HEAD}${TAIL}`;
  return `${HEAD}\n${features.map((feature) => JSON.stringify(feature)).join(',\n')}\n${TAIL}`;
}

interface ParseOptions {
  /** Lets the page draw; the parse goes on when it resolves. */
  readonly pause: () => Promise<void>;
  readonly now?: () => number;
}

/**
 * Parses a data file, a slice of features at a time when it has our layout, else at once.
 * Throws a SyntaxError for text that is not JSON (a file cut short included).
 */
export async function parseFeatureLines(text: string, options: ParseOptions): Promise<unknown> {
  const now = options.now ?? (() => performance.now());
  const lines = text.split('\n');
  if (lines.length < 3 || lines[0] !== HEAD || lines.at(-1) !== TAIL) return JSON.parse(text);
  const features: unknown[] = [];
  let sliceStart = now();
  for (let index = 1; index < lines.length - 1; index += 1) {
    const line = lines[index] ?? '';
    const last = index === lines.length - 2;
    if (!last && !line.endsWith(','))
      throw new SyntaxError(`line ${index + 1} does not end a feature`);
    features.push(JSON.parse(last ? line : line.slice(0, -1)));
    if (!last && now() - sliceStart >= SLICE_MS) {
      await options.pause();
      sliceStart = now();
    }
  }
  return { type: 'FeatureCollection', features };
}
