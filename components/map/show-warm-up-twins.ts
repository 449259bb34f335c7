import type { Map as MaplibreMap } from 'maplibre-gl';
import { WARM_UP_LAYER_IDS, WARM_UP_SHOWN_PAINT } from '@/lib/map/base-style';
import { STYLE_LAYERS_ON_TERRAIN } from '@/lib/map/scene-needs';
import { warmUpTwinId } from '@/lib/map/warm-up-style';
import type { WarmUpTwins } from './use-warm-up';

/** The warm-up twins of the layers that scenes on terrain show. */
const TWINS_ON_TERRAIN: ReadonlySet<string> = new Set(
  [...STYLE_LAYERS_ON_TERRAIN].map(warmUpTwinId),
);

export type TwinsMap = Pick<MaplibreMap, 'getLayer' | 'setLayoutProperty' | 'setPaintProperty'>;

/**
 * Shows the warm-up twins that `twins` names and hides the others, by their opacities
 * (`warmUpTwinShownPaint`): MapLibre only repaints. Once the warm-up is done (`gone`) they are
 * hidden by visibility for good: a layer at an opacity of 0 still keeps its source's tiles in
 * use, and over terrain it still splits the layers draped on the plateau into more textures to
 * draw again each frame.
 */
export function showWarmUpTwins(map: TwinsMap, twins: WarmUpTwins): void {
  for (const layer of WARM_UP_LAYER_IDS) {
    if (!map.getLayer(layer)) continue;
    if (twins === 'gone') {
      map.setLayoutProperty(layer, 'visibility', 'none');
      continue;
    }
    const shown = twins === 'all' || (twins === 'on-terrain' && TWINS_ON_TERRAIN.has(layer));
    for (const [property, value] of Object.entries(WARM_UP_SHOWN_PAINT.get(layer) ?? {})) {
      map.setPaintProperty(layer, property, shown ? value : 0);
    }
  }
}
