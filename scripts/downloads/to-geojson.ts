import type { FeatureCollection } from 'geojson';
import type { StepData } from './step-data';

/**
 * The step's data as GeoJSON (RFC 7946, WGS 84). The file's own facts (title, the page it
 * belongs to, sources and licences) sit in a top-level `properties` member, which RFC 7946
 * allows as a foreign member and GIS tools keep as the layer's metadata.
 */
export function toGeoJson(
  data: StepData,
  pageUrl: string,
): FeatureCollection & { properties: Record<string, unknown> } {
  return {
    type: 'FeatureCollection',
    properties: {
      title: `Data behind the map of "${data.title}"`,
      page: pageUrl,
      coordinates: 'WGS 84 longitude and latitude in degrees',
      sources: data.credits.map(({ name, credit, licence, url }) => ({
        name,
        credit,
        licence,
        url,
      })),
    },
    features: data.features.map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: f.geometry,
      properties: {
        kind: f.kind,
        name: f.name,
        ...(f.nameZh ? { nameZh: f.nameZh } : {}),
        ...(f.value !== undefined ? { value: f.value, unit: f.unit } : {}),
        details: f.details,
        sources: f.sources,
      },
    })),
  };
}
