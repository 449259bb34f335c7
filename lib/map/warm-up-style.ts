import type { FeatureCollection } from 'geojson';
import type {
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl';

/** The warm-up layers' source, built into the style. */
export const WARM_UP_SOURCE = 'warm-up';
/**
 * The tinted relief under the raster twin: our own tiles, bounded to the few kilometres around
 * Guiyang, so it fetches one tile at each zoom the warm-up sees, one the plateau shares.
 */
export const WARM_UP_RELIEF_SOURCE = 'warm-up-relief';
export const WARM_UP_RELIEF_BOUNDS: [number, number, number, number] = [106.6, 26.6, 106.7, 26.7];
const PREFIX = 'warm-up:';

/** The id of a layer's warm-up twin. */
export function warmUpTwinId(layerId: string): string {
  return `${PREFIX}${layerId}`;
}

/** A point, a line and an area at Guiyang: in view on every first screen. */
const WARM_UP_DATA: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Guiyang' },
      geometry: { type: 'Point', coordinates: [106.63, 26.65] },
    },
    {
      type: 'Feature',
      properties: { name: 'Guiyang' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [106.5, 26.5],
          [106.8, 26.8],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'Guiyang' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106.5, 26.5],
            [106.8, 26.5],
            [106.8, 26.8],
            [106.5, 26.8],
            [106.5, 26.5],
          ],
        ],
      },
    },
  ],
};

export const WARM_UP_SOURCE_SPEC: GeoJSONSourceSpecification = {
  type: 'geojson',
  data: WARM_UP_DATA,
};

/**
 * So faint that no screen shows it (under half of one 8-bit step), but not 0: MapLibre skips a
 * layer whose opacity is 0 before it asks for the layer's shaders.
 */
const FAINT = 0.001;

const OPACITIES: Readonly<Partial<Record<LayerSpecification['type'], readonly string[]>>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
  raster: ['raster-opacity'],
};

const GEOMETRY: Readonly<Partial<Record<LayerSpecification['type'], string>>> = {
  fill: 'Polygon',
  line: 'LineString',
  circle: 'Point',
  symbol: 'Point',
};

/**
 * How a twin is shown: every opacity at FAINT. One value does for every kind of layer: MapLibre
 * compiles one shader for a paint value that is a constant or a zoom curve (it evaluates the
 * curve to a value for each frame), and no paint value of the style varies by feature
 * (base-style.test.ts). A twin is hidden by opacities of 0, which make MapLibre skip it before
 * it asks for a shader, so showing and hiding it are only repaints. (Shown by its visibility,
 * MapLibre parsed the warm-up source's tiles again and drew the map meanwhile without the twin:
 * frames the GPU had to finish before the twin's shader compiled.)
 */
export function warmUpTwinShownPaint(layer: LayerSpecification): Record<string, number> {
  return Object.fromEntries((OPACITIES[layer.type] ?? []).map((property) => [property, FAINT]));
}

/**
 * A layer's warm-up twin: the same kind of layer with the same kinds of paint values, on one
 * feature of the warm-up source, out of the labels' way, and hidden (`warmUpTwinShownPaint`).
 * Shown for a frame while the reader is on the first screen, too faint to see, it makes
 * MapLibre compile the shaders the real layer will need; compiling mid-flight made the page
 * wait for the GPU's queued frames.
 */
export function warmUpTwin(layer: LayerSpecification): LayerSpecification | null {
  const opacities = OPACITIES[layer.type];
  const geometry = GEOMETRY[layer.type];
  if (!opacities || !('source' in layer)) return null;
  const paint: Record<string, unknown> = { ...layer.paint };
  for (const property of opacities) {
    paint[property] = 0;
    // Shown and hidden at once: a transition would draw frames for 300 ms.
    paint[`${property}-transition`] = { duration: 0, delay: 0 };
  }
  const layout: Record<string, unknown> = { ...layer.layout, visibility: 'visible' };
  if (layer.type === 'symbol') {
    layout['text-allow-overlap'] = true;
    layout['text-ignore-placement'] = true;
  }
  // At every zoom: the first screen's zoom may be outside the real layer's range.
  const rest = { ...layer };
  delete rest.minzoom;
  delete rest.maxzoom;
  const id = warmUpTwinId(layer.id);
  // A raster layer draws the relief's tiles, not features: it has no filter.
  if (layer.type === 'raster')
    return { ...rest, id, source: WARM_UP_RELIEF_SOURCE, paint, layout } as LayerSpecification;
  if (!geometry) return null;
  const filter: FilterSpecification = ['==', ['geometry-type'], geometry];
  return { ...rest, id, source: WARM_UP_SOURCE, filter, paint, layout } as LayerSpecification;
}

/** The warm-up twins of the layers the story shows and hides. */
export function warmUpLayers(
  layers: readonly LayerSpecification[],
  managed: ReadonlySet<string>,
): LayerSpecification[] {
  return layers.flatMap((layer) => {
    const twin = managed.has(layer.id) ? warmUpTwin(layer) : null;
    return twin ? [twin] : [];
  });
}
