import type { LonLat } from '../../lib/facts/distance';
import { loadFacts } from '../../lib/content/load-facts';
import { debianFile } from './debian';
import { readBinnedSegments } from './gshhg';
import { nameRiverEdges } from './name-rivers';
import { writeFeatureCollection, type OutputReport } from './output';
import { ROOT } from './paths';
import { buildRiverGraph, edgeKey, edgesToLines } from './river-graph';
import { runMapshaper } from './run-mapshaper';

/** The rivers' view around Guizhou, [west, south, east, north]. */
export const RIVERS_BBOX = [102, 23, 111, 30.5] as const;

/** Decoded a little wider, so named paths that leave the view and come back stay whole. */
const DECODE_BBOX = [101, 22, 112, 31.5] as const;

/**
 * WDBII classes kept: 0 double-lined, 1 permanent major, 2 additional major, 3 additional.
 * Class 4 (minor rivers) and the canals are clutter at zoom 5-8. `major` marks classes 0-2 and
 * every named river, so the map can show only those at its widest zooms.
 */
const KEEP_LEVELS = new Set([0, 1, 2, 3]);
const MAJOR_LEVEL = 2;

const GSHHG_PACKAGE = 'gmt-gshhg-high';
const GSHHG_FILE = 'usr/share/gmt-gshhg/binned_river_h.nc';

interface LineFeature {
  type: 'Feature';
  properties: { name: string | null; major: boolean };
  geometry: { type: 'LineString'; coordinates: LonLat[] };
}

function line(coordinates: LonLat[], name: string | null, major: boolean): LineFeature {
  return {
    type: 'Feature',
    properties: { name, major },
    geometry: { type: 'LineString', coordinates },
  };
}

/**
 * River lines from GSHHG 2.3.7's WDBII rivers (LGPL-3+), named by the rules in river-names.ts,
 * clipped to RIVERS_BBOX and simplified for zoom 5-8 (300 m tolerance, ~100 m coordinates).
 */
export async function buildRivers(): Promise<OutputReport> {
  const source = debianFile(GSHHG_PACKAGE, GSHHG_FILE);
  console.log(`  WDBII rivers from ${GSHHG_PACKAGE} ${source.version}`);
  const pieces = (await readBinnedSegments(source.path, DECODE_BBOX)).filter((s) =>
    KEEP_LEVELS.has(s.level),
  );
  const graph = buildRiverGraph(pieces);
  const stations = loadFacts(ROOT)['power-plants'].flatMap((plant) =>
    plant.river === undefined
      ? []
      : [{ name: plant.name, river: plant.river, coordinates: plant.coordinates }],
  );
  const spans = nameRiverEdges(graph, stations);
  const named = new Set([...spans.values()].flatMap((edges) => [...edges]));

  const features: LineFeature[] = [];
  for (const [name, edges] of spans) {
    for (const coordinates of edgesToLines(graph, edges))
      features.push(line(coordinates, name, true));
  }
  // Unnamed lines: each piece, split where a named river takes over its edges.
  graph.pieces.forEach((nodes, piece) => {
    const major = (graph.pieceLevels[piece] ?? Infinity) <= MAJOR_LEVEL;
    let run: LonLat[] = [];
    const flush = () => {
      if (run.length >= 2) features.push(line(run, null, major));
      run = [];
    };
    nodes.forEach((node, i) => {
      const position = graph.positions[node];
      const previous = nodes[i - 1];
      if (!position) return;
      if (previous !== undefined && named.has(edgeKey(previous, node))) flush();
      run.push(position);
    });
    flush();
  });

  const clip = `-clip bbox=${RIVERS_BBOX.join(',')}`;
  const collection = await runMapshaper(
    JSON.stringify({ type: 'FeatureCollection', features }),
    `${clip} -simplify interval=300 -filter-fields name,major`,
    0.001,
  );
  return writeFeatureCollection('rivers.json', collection);
}
