import type { FeatureCollection } from 'geojson';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A shallow check of parsed JSON: a FeatureCollection whose features each have a geometry
 * object (or null) and a properties object (or null). mapshaper and our own writers produce
 * well-formed GeoJSON; this guards the boundary where `JSON.parse` returns `unknown`.
 */
export function isFeatureCollection(value: unknown): value is FeatureCollection {
  if (!isRecord(value) || value.type !== 'FeatureCollection') return false;
  const { features } = value;
  return (
    Array.isArray(features) &&
    features.every(
      (feature) =>
        isRecord(feature) &&
        feature.type === 'Feature' &&
        (feature.geometry === null || isRecord(feature.geometry)) &&
        (feature.properties === null || isRecord(feature.properties)),
    )
  );
}
