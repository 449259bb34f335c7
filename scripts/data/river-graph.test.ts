import { describe, expect, it } from 'vitest';
import { buildRiverGraph, edgeKey, edgesToLines, shortestPath, snapToGraph } from './river-graph';

// A main stem running east along 26 N, cut at a bin edge (107 E), and a tributary from the north
// whose end stops 0.5 km short of the stem, between two of its vertices.
const stemWest = {
  level: 1,
  points: [
    [106, 26],
    [106.5, 26],
    [107, 26],
  ] as const,
};
const stemEast = {
  level: 1,
  points: [
    [107, 26],
    [107.5, 26],
    [108, 26],
  ] as const,
};
const tributary = {
  level: 3,
  points: [
    [107.5, 26.5],
    [107.5, 26.0045],
  ] as const,
};
const graph = buildRiverGraph([stemWest, stemEast, tributary]);
const all = new Set([1, 3]);

describe('buildRiverGraph', () => {
  it('merges the copies of a vertex on a bin edge', () => {
    expect(graph.positions.filter(([lon, lat]) => lon === 107 && lat === 26)).toHaveLength(1);
  });

  it('joins a dangling tributary end to the nearest stem vertex', () => {
    const from = snapToGraph(graph, [107.5, 26.5], 1, all);
    const to = snapToGraph(graph, [106, 26], 1, all);
    expect(from).toBeDefined();
    expect(to).toBeDefined();
    expect(shortestPath(graph, from ?? -1, to ?? -1, all)).toHaveLength(6);
  });
});

describe('snapToGraph and shortestPath', () => {
  it('snaps only to lines of the given classes (here past the nearer tributary)', () => {
    expect(snapToGraph(graph, [107.5, 26.05], 10, new Set([1]))).toBe(
      snapToGraph(graph, [107.5, 26], 1, all),
    );
  });

  it('finds no path over lines of other classes', () => {
    const tributaryTop = snapToGraph(graph, [107.5, 26.5], 1, all) ?? -1;
    const stemEnd = snapToGraph(graph, [108, 26], 1, all) ?? -1;
    expect(shortestPath(graph, tributaryTop, stemEnd, new Set([1]))).toBeUndefined();
  });
});

describe('edgesToLines', () => {
  it('chains edges into one line between its ends', () => {
    const west = snapToGraph(graph, [106, 26], 1, all) ?? -1;
    const east = snapToGraph(graph, [108, 26], 1, all) ?? -1;
    const path = shortestPath(graph, west, east, all) ?? [];
    const edges = new Set(path.slice(1).map((node, i) => edgeKey(path[i] ?? node, node)));
    const lines = edgesToLines(graph, edges);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveLength(5);
  });
});
