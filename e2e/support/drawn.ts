import type { Page } from '@playwright/test';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { STORY_LAYERS, styleLayerIds } from '../../lib/map/layers';
import type { Scene } from '../../lib/story/scene-for';

/** What MapLibre drew of one story layer's style layers. */
export interface DrawnStyleLayer {
  readonly layer: string;
  /** Features rendered in view from its vector style layers (`queryRenderedFeatures`). */
  readonly features: number;
  /** Its raster style layers (a tint: no features to query) shown, their source loaded. */
  readonly rasters: number;
}

/** One deck.gl layer the scene draws (the warm-up's unseen layers left out). */
export interface DrawnDeckLayer {
  readonly id: string;
  readonly loaded: boolean;
  readonly pickable: boolean;
  /** Objects deck.gl's picking found of it in view. */
  readonly picked: number;
}

export interface Drawn {
  readonly style: DrawnStyleLayer[];
  readonly deck: DrawnDeckLayer[];
}

/**
 * Asks the live map (exposed as `window.storyMap`, see components/map/expose-map.ts) what it
 * actually drew, not what the app meant to draw: MapLibre's rendered features in view for each
 * of the scene's story layers drawn by the style, and, for the layers deck.gl draws, deck's
 * own layer list and its picking over the whole map.
 */
export async function drawnOnMap(page: Page, scene: Scene): Promise<Drawn> {
  const styled = scene.layers
    .map((id) => ({ layer: id, styleLayers: styleLayerIds(STORY_LAYERS[id]) }))
    .filter(({ styleLayers }) => styleLayers.length > 0);
  return page.evaluate((wanted) => {
    interface DeckLayer {
      readonly id: string;
      readonly isLoaded: boolean;
      readonly props: { readonly visible: boolean; readonly opacity: number; pickable: boolean };
    }
    interface Deck {
      pickObjects(options: object): { layer: { id: string } | null }[];
      readonly props: { readonly layers: DeckLayer[] };
      readonly layerManager: { getLayers(): DeckLayer[] };
    }
    const map = (window as unknown as { storyMap?: MaplibreMap }).storyMap;
    if (!map) throw new Error('the live map is not exposed as window.storyMap');
    const deck = (map as unknown as { __deck?: Deck }).__deck;
    if (!deck) throw new Error('the map has no deck.gl overlay');
    const isRaster = (type: string) => ['raster', 'hillshade', 'color-relief'].includes(type);
    const style = wanted.map(({ layer, styleLayers }) => {
      const present = styleLayers.flatMap((id) => map.getLayer(id) ?? []);
      const vectors = present.filter((each) => !isRaster(each.type)).map((each) => each.id);
      return {
        layer,
        features: vectors.length > 0 ? map.queryRenderedFeatures({ layers: vectors }).length : 0,
        rasters: present.filter(
          (each) =>
            isRaster(each.type) &&
            map.getLayoutProperty(each.id, 'visibility') !== 'none' &&
            each.source !== undefined &&
            map.isSourceLoaded(each.source),
        ).length,
      };
    });
    const canvas = map.getCanvas();
    const picked = deck.pickObjects({
      x: 0,
      y: 0,
      width: canvas.clientWidth,
      height: canvas.clientHeight,
      maxObjects: 5000,
    });
    const drawnLayers = deck.layerManager.getLayers();
    const ownedBy = (id: string, owner: string) => id === owner || id.startsWith(`${owner}-`);
    const sceneLayers = deck.props.layers.filter(
      (layer) => layer.props.visible !== false && layer.props.opacity > 0,
    );
    return {
      style,
      deck: sceneLayers.map((layer) => ({
        id: layer.id,
        loaded: drawnLayers.some((each) => each.id === layer.id && each.isLoaded),
        pickable: layer.props.pickable,
        picked: picked.filter((info) => info.layer && ownedBy(info.layer.id, layer.id)).length,
      })),
    };
  }, styled);
}
