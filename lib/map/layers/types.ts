import type { Layer } from '@deck.gl/core';
import type { LayerSpecification } from 'maplibre-gl';
import type { Edition } from '@/lib/content/editions';
import type { Scene } from '@/lib/story/scene-for';
import type { DatasetId } from '../datasets';
import type { FeatureDetail } from '../feature-format';
import type { LoadedData } from '../load-dataset';

/** How a legend entry draws its symbol; shapes differ so colour is never the only cue. */
export type LegendSymbol =
  | {
      readonly shape: 'dot' | 'ring' | 'square' | 'square-ring' | 'diamond';
      readonly color: string;
      readonly size?: number;
    }
  | { readonly shape: 'line' | 'dashed-line' | 'arc'; readonly color: string }
  | { readonly shape: 'area' | 'hatched-area'; readonly color: string; readonly border: string }
  | {
      readonly shape: 'ramp';
      readonly colors: readonly string[];
      readonly from: string;
      readonly to: string;
    };

export interface LegendEntry {
  readonly label: string;
  readonly symbol: LegendSymbol;
}

/**
 * Where in the base map's stack a story layer's MapLibre layers go (`base-layers.ts` lists the
 * slots bottom to top, between the base map's own layers).
 */
export type StyleSlot =
  'fills-under-guizhou' | 'fills-over-guizhou' | 'lines' | 'line-labels' | 'area-labels' | 'points';

/** A MapLibre layer of a story layer, and its slot in the stack. */
export interface SlottedLayer {
  readonly slot: StyleSlot;
  readonly layer: LayerSpecification;
}

/**
 * deck.gl layers for a scene, from its data; `zoom` is the scene's zoom on this map, `edition`
 * the language of its labels.
 */
export type DeckFactory = (
  data: LoadedData,
  scene: Scene,
  zoom: number,
  edition: Edition,
) => Layer[];

/** What a reader can ask about on the map: one entry per thing drawn. */
export type Describer = (data: LoadedData, scene: Scene, edition: Edition) => FeatureDetail[];

/**
 * Everything about one story layer, in one module: the data it needs, how MapLibre or deck.gl
 * draws it, the key's entries for it and the details a reader can ask for.
 */
export interface StoryLayer {
  /** Data the layer needs before its scene counts as settled. */
  readonly datasets: readonly DatasetId[];
  /** MapLibre layers in the base style, hidden in scenes that do not show this layer. */
  readonly style?: readonly SlottedLayer[];
  /** Drawn by deck.gl, over the base map's geography and under its labels. */
  readonly deck?: DeckFactory;
  /** Turns on MapLibre's 3-D terrain. */
  readonly terrain?: boolean;
  readonly legend: readonly LegendEntry[];
  readonly describe?: Describer;
}
