import type { Feature } from 'geojson';
import type { LoadedData } from '@/lib/map/load-dataset';
import type { Scene } from '@/lib/story/scene-for';
import type { Box } from './layout';
import type { LabelRequest } from './labels';
import type { StillView } from './projection';
import type { TerrainSampler } from './terrain-sampler';

/**
 * Paint order, bottom to top, as the live map stacks its layers: the base style's fills and
 * lines, then deck.gl's symbols (interleaved under the labels), then points; labels go last.
 */
export const SLOTS = [
  'land',
  'terrain',
  'mainland',
  'neighbours',
  'guizhou-fill',
  'autonomous',
  'borders',
  'prefectures',
  'rivers',
  'outline',
  'symbols',
  'dots',
] as const;
export type Slot = (typeof SLOTS)[number];

export interface DrawContext {
  readonly scene: Scene;
  readonly data: LoadedData;
  readonly view: StillView;
  readonly terrain: TerrainSampler;
}

/** What one story layer adds to a still. */
export interface Drawing {
  readonly slot: Slot;
  readonly svg: string;
  readonly labels?: readonly LabelRequest[];
  /** Symbols that labels must keep clear of. */
  readonly marks?: readonly Box[];
}

export type Painter = (context: DrawContext) => Drawing[];

/** A square box around a point. */
export function boxAround([x, y]: readonly [number, number], radius: number): Box {
  return { x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius };
}

/** Label priorities: the story's subject first, base-map names last. */
export const PRIORITY = {
  subject: 100,
  capital: 90,
  region: 80,
  plant: 60,
  area: 50,
  river: 45,
  city: 40,
  prefecture: 30,
  country: 20,
  sea: 15,
  province: 10,
} as const;

/** SVG path data for features, projected and clipped to the frame. */
export function geoPathOf(context: DrawContext, features: readonly Feature[]): string {
  return context.view.path({ type: 'FeatureCollection', features: [...features] }) ?? '';
}
