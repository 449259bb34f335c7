/**
 * Which original source file a position in a bundled chunk came from, read from the chunk's
 * source map (version 3, plain or indexed with `sections`). Only the file is looked up: the
 * bench attributes time to files, not lines.
 */

interface RawMap {
  readonly sources?: readonly string[];
  readonly sourceRoot?: string;
  readonly mappings?: string;
  readonly sections?: readonly { offset: { line: number; column: number }; map: RawMap }[];
}

/** Per generated line, the segments' starting columns and their source index, in order. */
type Lines = { columns: number[]; sources: number[] }[];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one segment's base64 VLQ fields. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not base64 VLQ: "${segment}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

function decodeMappings(mappings: string): Lines {
  let source = 0;
  return mappings.split(';').map((line) => {
    const columns: number[] = [];
    const sources: number[] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [columnDelta = 0, sourceDelta] = decodeVlq(segment);
      column += columnDelta;
      if (sourceDelta === undefined) continue;
      source += sourceDelta;
      columns.push(column);
      sources.push(source);
    }
    return { columns, sources };
  });
}

/** The last index whose value is at most `target` in an ascending array, or -1. */
function lastAtMost(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? Infinity) <= target) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export interface SourceLookup {
  /** The source file at a 0-based line and column of the generated file, or null. */
  sourceAt(line: number, column: number): string | null;
}

function plainLookup(map: RawMap): SourceLookup {
  const lines = decodeMappings(map.mappings ?? '');
  const sources = (map.sources ?? []).map((source) => `${map.sourceRoot ?? ''}${source}`);
  return {
    sourceAt(line, column) {
      const entry = lines[line];
      if (!entry) return null;
      const index = lastAtMost(entry.columns, column);
      return index < 0 ? null : (sources[entry.sources[index] ?? -1] ?? null);
    },
  };
}

/** Reads a parsed source map, plain or indexed. */
export function sourceLookup(map: RawMap): SourceLookup {
  if (!map.sections) return plainLookup(map);
  const sections = map.sections.map((section) => ({
    line: section.offset.line,
    column: section.offset.column,
    lookup: sourceLookup(section.map),
  }));
  return {
    sourceAt(line, column) {
      for (let index = sections.length - 1; index >= 0; index -= 1) {
        const section = sections[index];
        if (!section) continue;
        if (section.line > line || (section.line === line && section.column > column)) continue;
        const inLine = line - section.line;
        return section.lookup.sourceAt(inLine, inLine === 0 ? column - section.column : column);
      }
      return null;
    },
  };
}
