import { RIVER_NAME_ANCHORS } from '@/lib/map/river-names';
import { pathRowsOf, pointRowsOf, type PathRow } from '@/lib/map/rows';
import type { SourceLink } from '@/lib/story/types';
import { text } from './area-tables';
import type { DataFeature, LayerTable } from './data-feature';
import { middleOf, roundLonLat } from './geometry';
import { pointOf } from './point-tables';

/** The download tables of the layers drawn as lines: rivers, power lines and transport. */

const RIVERS = 'GSHHG / WDBII river lines';
const AIRPORTS = 'OurAirports (Guiyang Longdongbao airport)';

/** A schematic line row as a download feature, placed in the CSV at `point`. */
function lineOf<T extends { id: string; name: string; sources: readonly SourceLink[] }>(
  kind: string,
  { path, row }: PathRow<T>,
  place: Pick<DataFeature, 'details' | 'point' | 'pointNote'>,
): DataFeature {
  return {
    kind,
    id: row.id,
    name: row.name,
    ...place,
    geometry: { type: 'LineString', coordinates: path.map((p) => [...roundLonLat(p)]) },
    sources: row.sources,
  };
}

export const rivers: LayerTable = {
  datasets: [RIVERS],
  features: (data) => {
    const anchors = new Map(
      RIVER_NAME_ANCHORS.features.map((f) => [f.properties.name, f.geometry.coordinates]),
    );
    const unnamed: number[][][] = [];
    const named = (data.get('rivers')?.features ?? []).flatMap((feature): DataFeature[] => {
      const geometry = feature.geometry;
      if (geometry?.type !== 'LineString') return [];
      const name = text(feature, 'name');
      if (!name) {
        unnamed.push(geometry.coordinates);
        return [];
      }
      const anchor = anchors.get(name);
      return [
        {
          kind: 'River',
          id: name.toLowerCase(),
          name,
          details: ['named in the story'],
          geometry,
          point: anchor ? roundLonLat(anchor) : middleOf(geometry.coordinates),
          pointNote: 'a point on the river, where the map writes its name',
          sources: [],
        },
      ];
    });
    const others: DataFeature = {
      kind: 'River',
      id: 'other-rivers',
      name: 'Other rivers',
      details: [`${unnamed.length} lines, not named on the map`],
      geometry: { type: 'MultiLineString', coordinates: unnamed },
      point: null,
      pointNote: 'many lines: see the GeoJSON',
      sources: [],
    };
    return unnamed.length > 0 ? [...named, others] : named;
  },
};

export const westEastPower: LayerTable = {
  datasets: [],
  features: (data) =>
    pathRowsOf(data, 'transmission').map((line) =>
      lineOf('Power transmission (schematic)', line, {
        details: line.row.note ? [line.row.note] : [],
        point: roundLonLat(line.path[0] ?? [0, 0]),
        pointNote: 'where the line starts',
      }),
    ),
};

export const transport: LayerTable = {
  datasets: [AIRPORTS],
  features: (data) => [
    ...pointRowsOf(data, 'transport').map((point) =>
      pointOf('Airport', point, { details: [point.row.note] }),
    ),
    ...pathRowsOf(data, 'transport').map((line) =>
      lineOf('Expressway (schematic)', line, {
        details: [line.row.note],
        point: middleOf(line.path),
        pointNote: 'a point on the line',
      }),
    ),
  ],
};
