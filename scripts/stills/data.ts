import type { Feature, FeatureCollection } from 'geojson';
import { rewindForD3 } from '@/lib/facts/geo-contains';
import type { DatasetId } from '@/lib/map/datasets';
import type { LoadedData } from '@/lib/map/load-dataset';
import { loadMapData } from '../map-data';

/** d3-geo needs exterior rings clockwise; our files follow RFC 7946 (see `rewindForD3`). */
function forD3(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((feature): Feature => {
      const geometry = feature.geometry;
      if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return feature;
      return { ...feature, geometry: rewindForD3(geometry) };
    }),
  };
}

/**
 * The data a still draws: exactly what the live map loads (see `loadMapData`), with rings
 * turned the way d3-geo reads them.
 */
export function loadStillsData(root: string): LoadedData {
  const data = new Map<DatasetId, FeatureCollection>();
  for (const [id, collection] of loadMapData(root)) data.set(id, forD3(collection));
  return data;
}
