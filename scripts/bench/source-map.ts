import { FlattenMap, originalPositionFor } from '@jridgewell/trace-mapping';

/**
 * Which original source file a position in a bundled chunk came from. Only the file is looked
 * up: the bench attributes time to files, not lines.
 */
export interface SourceLookup {
  /** The source file at a 0-based line and column of the generated file, or null. */
  sourceAt(line: number, column: number): string | null;
}

/** Reads a parsed source map, plain or indexed (Turbopack writes indexed maps). */
export function sourceLookup(map: Parameters<typeof FlattenMap>[0]): SourceLookup {
  const traced = FlattenMap(map);
  return {
    sourceAt(line, column) {
      return originalPositionFor(traced, { line: line + 1, column }).source;
    },
  };
}
