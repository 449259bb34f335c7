import { distanceKm, pointToSegmentKm, type LonLat } from '../../lib/facts/distance';

/**
 * A graph of river vertices, used only to decide which lines carry a river's name. Vertices
 * shared by two pieces (bin edges) are one node; a piece that ends near another river (a
 * tributary meeting its main stem between two vertices) is joined to the nearer vertex of the
 * nearest segment of another piece if that segment is within `junctionKm` (1.5 km: the Liuchong
 * stops 1.3 km short of the Wu's nearest vertex).
 */
export interface RiverGraph {
  readonly positions: readonly LonLat[];
  /** WDBII class of each input piece, and of each edge (a junction edge takes its piece's). */
  readonly pieceLevels: readonly number[];
  readonly edgeLevels: ReadonlyMap<string, number>;
  /** node → neighbour → km */
  readonly adjacency: readonly Map<number, number>[];
  /** For each input piece, its node ids in order. */
  readonly pieces: readonly (readonly number[])[];
}

export function edgeKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** One input line and its WDBII class. */
export interface GraphPiece {
  readonly level: number;
  readonly points: readonly LonLat[];
}

export function buildRiverGraph(pieces: readonly GraphPiece[], junctionKm = 1.5): RiverGraph {
  const positions: LonLat[] = [];
  const edgeLevels = new Map<string, number>();
  const adjacency: Map<number, number>[] = [];
  const ids = new Map<string, number>();
  const nodeOf = (point: LonLat): number => {
    // 1e-5 degrees is about 1 m: bin-edge copies of one vertex differ by float noise only.
    const key = `${Math.round(point[0] * 1e5)},${Math.round(point[1] * 1e5)}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = positions.length;
      ids.set(key, id);
      positions.push(point);
      adjacency.push(new Map());
    }
    return id;
  };
  const link = (a: number, b: number, level: number) => {
    const pa = positions[a];
    const pb = positions[b];
    if (a === b || !pa || !pb) return;
    const km = distanceKm(pa, pb);
    adjacency[a]?.set(b, km);
    adjacency[b]?.set(a, km);
    const key = edgeKey(a, b);
    edgeLevels.set(key, Math.min(level, edgeLevels.get(key) ?? level));
  };
  const pieceNodes = pieces.map(({ points, level }) => {
    const nodes = points.map((point) => nodeOf(point));
    nodes.forEach((node, i) => i > 0 && link(nodes[i - 1] ?? node, node, level));
    return nodes;
  });
  // Join dangling ends to the nearest segment of another piece, at that segment's nearer
  // vertex (brute force: a few thousand ends against a few tens of thousands of segments).
  pieceNodes.forEach((nodes, piece) => {
    const level = pieces[piece]?.level ?? Infinity;
    for (const end of [nodes[0], nodes.at(-1)]) {
      if (end === undefined || (adjacency[end]?.size ?? 0) !== 1) continue;
      const here = positions[end];
      if (!here) continue;
      let best = -1;
      let bestKm = junctionKm;
      pieceNodes.forEach((others, other) => {
        if (other === piece) return;
        for (let i = 1; i < others.length; i++) {
          const a = others[i - 1] ?? -1;
          const b = others[i] ?? -1;
          const pa = positions[a];
          const pb = positions[b];
          if (!pa || !pb || a === end || b === end) continue;
          const km = pointToSegmentKm(here, pa, pb);
          if (km < bestKm)
            [best, bestKm] = [distanceKm(here, pa) <= distanceKm(here, pb) ? a : b, km];
        }
      });
      if (best >= 0) link(end, best, level);
    }
  });
  return {
    positions,
    adjacency,
    pieces: pieceNodes,
    pieceLevels: pieces.map((piece) => piece.level),
    edgeLevels,
  };
}

/**
 * The node nearest to `point` along lines of the given classes (the closer end of the nearest
 * segment), or undefined if none is within `maxKm`.
 */
export function snapToGraph(
  graph: RiverGraph,
  point: LonLat,
  maxKm: number,
  levels: ReadonlySet<number>,
): number | undefined {
  let best: number | undefined;
  let bestKm = maxKm;
  for (const [piece, nodes] of graph.pieces.entries()) {
    if (!levels.has(graph.pieceLevels[piece] ?? -1)) continue;
    for (let i = 1; i < nodes.length; i++) {
      const a = nodes[i - 1];
      const b = nodes[i];
      const pa = a === undefined ? undefined : graph.positions[a];
      const pb = b === undefined ? undefined : graph.positions[b];
      if (a === undefined || b === undefined || !pa || !pb) continue;
      const km = pointToSegmentKm(point, pa, pb);
      if (km < bestKm) {
        bestKm = km;
        best = distanceKm(point, pa) <= distanceKm(point, pb) ? a : b;
      }
    }
  }
  return best;
}

/**
 * Dijkstra's shortest path (by km along edges of the given classes) from `from` to `to`, as
 * node ids, or undefined if the lines do not connect them.
 */
export function shortestPath(
  graph: RiverGraph,
  from: number,
  to: number,
  levels: ReadonlySet<number>,
): number[] | undefined {
  const dist = new Map<number, number>([[from, 0]]);
  const previous = new Map<number, number>();
  const heap: [number, number][] = [[0, from]];
  const pop = (): [number, number] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if ((heap[l]?.[0] ?? Infinity) < (heap[m]?.[0] ?? Infinity)) m = l;
        if ((heap[r]?.[0] ?? Infinity) < (heap[m]?.[0] ?? Infinity)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m] ?? last, heap[i] ?? last];
        i = m;
      }
    }
    return top;
  };
  const push = (entry: [number, number]) => {
    heap.push(entry);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if ((heap[parent]?.[0] ?? -Infinity) <= entry[0]) break;
      [heap[i], heap[parent]] = [heap[parent] ?? entry, entry];
      i = parent;
    }
  };
  for (let entry = pop(); entry; entry = pop()) {
    const [km, node] = entry;
    if (node === to) break;
    if (km > (dist.get(node) ?? Infinity)) continue;
    for (const [next, step] of graph.adjacency[node] ?? []) {
      if (!levels.has(graph.edgeLevels.get(edgeKey(node, next)) ?? -1)) continue;
      if (km + step < (dist.get(next) ?? Infinity)) {
        dist.set(next, km + step);
        previous.set(next, node);
        push([km + step, next]);
      }
    }
  }
  if (!dist.has(to)) return undefined;
  const path = [to];
  for (let node = to; node !== from;) {
    const before = previous.get(node);
    if (before === undefined) return undefined;
    path.push(before);
    node = before;
  }
  return path.reverse();
}

/** Turns a set of edges into polylines, breaking at nodes where the edges branch or end. */
export function edgesToLines(graph: RiverGraph, edges: ReadonlySet<string>): LonLat[][] {
  const neighbours = new Map<number, number[]>();
  for (const key of edges) {
    const [a, b] = key.split('-').map(Number);
    if (a === undefined || b === undefined) continue;
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const used = new Set<string>();
  const lines: LonLat[][] = [];
  const walk = (start: number, next: number) => {
    const nodes = [start];
    let [previous, current] = [start, next];
    for (;;) {
      used.add(edgeKey(previous, current));
      nodes.push(current);
      const onward = (neighbours.get(current) ?? []).filter((n) => n !== previous);
      const step = onward[0];
      if (onward.length !== 1 || step === undefined || used.has(edgeKey(current, step))) break;
      [previous, current] = [current, step];
    }
    const points: LonLat[] = [];
    for (const node of nodes) {
      const position = graph.positions[node];
      if (position) points.push(position);
    }
    lines.push(points);
  };
  // Start at ends and branch points first, then pick up closed loops.
  const starts = [...neighbours.keys()].sort((a, b) => a - b);
  for (const pass of [true, false]) {
    for (const node of starts) {
      const around = neighbours.get(node) ?? [];
      if (pass && around.length === 2) continue;
      for (const next of around) if (!used.has(edgeKey(node, next))) walk(node, next);
    }
  }
  return lines;
}
