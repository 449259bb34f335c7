import type { LonLat } from '../../lib/facts/distance';
import { edgeKey, shortestPath, snapToGraph, type RiverGraph } from './river-graph';
import { CONFLUENCES, RIVER_RULES } from './river-names';

/** Anchors farther than this from a river's lines stop the build: the rule or the data is wrong. */
export const MAX_SNAP_KM = 3;

/** A hydro station from the facts table: where it is and the river it names. */
export interface RiverStation {
  readonly name: string;
  readonly river: string;
  readonly coordinates: LonLat;
}

function pathEdges(path: readonly number[]): string[] {
  return path.slice(1).map((node, i) => edgeKey(path[i] ?? node, node));
}

/**
 * Applies RIVER_RULES: returns each named river's edges (keys of `graph` edges). Throws if an
 * anchor is not near its river's lines or two anchors of a river are not connected.
 */
export function nameRiverEdges(
  graph: RiverGraph,
  stations: readonly RiverStation[],
): Map<string, Set<string>> {
  const spans = new Map<string, Set<string>>();
  for (const rule of RIVER_RULES) {
    const levels = new Set(rule.levels);
    const anchors = [
      ...stations
        .filter((s) => s.river === rule.name)
        .map((s) => ({ label: s.name, at: s.coordinates })),
      ...rule.waypoints,
    ];
    if (anchors.length === 0) continue;
    const nodes = anchors.map(({ label, at }) => {
      const node = snapToGraph(graph, at, MAX_SNAP_KM, levels);
      if (node === undefined) {
        throw new Error(
          `rivers: ${rule.name} anchor "${label}" is over ${MAX_SNAP_KM} km from its lines`,
        );
      }
      return { label, node };
    });
    const edges = new Set<string>();
    const [first, ...rest] = nodes;
    for (const other of rest) {
      if (!first) break;
      const path = shortestPath(graph, first.node, other.node, levels);
      if (!path)
        throw new Error(`rivers: no ${rule.name} line joins "${first.label}" and "${other.label}"`);
      pathEdges(path).forEach((key) => edges.add(key));
    }
    spans.set(rule.name, edges);
  }
  for (const { rivers, below } of CONFLUENCES) {
    const [a, b] = rivers.map((name) => spans.get(name) ?? new Set<string>());
    if (!a || !b) continue;
    const shared = new Set([...a].filter((key) => b.has(key)));
    if (shared.size === 0) throw new Error(`rivers: ${rivers.join(' and ')} never meet`);
    for (const key of shared) {
      a.delete(key);
      b.delete(key);
    }
    spans.set(below, shared);
  }
  const owner = new Map<string, string>();
  for (const [name, edges] of spans) {
    for (const key of edges) {
      const other = owner.get(key);
      if (other) throw new Error(`rivers: a line is both ${other} and ${name}`);
      owner.set(key, name);
    }
  }
  return spans;
}
