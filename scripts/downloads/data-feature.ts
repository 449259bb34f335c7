import type { Geometry } from 'geojson';
import type { LoadedData } from '@/lib/map/load-dataset';
import type { SourceLink } from '@/lib/story/types';

/** [longitude, latitude] in degrees, WGS 84. */
export type LonLat = readonly [number, number];

/**
 * One thing a step's map shows, as its download lists it: a row of the CSV and a feature of
 * the GeoJSON. Flat and named plainly, for a student's spreadsheet rather than for the map.
 */
export interface DataFeature {
  /** What kind of thing it is, in words: "Hydro station", "Province". */
  readonly kind: string;
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  /** The one figure the map draws it by (a capacity, a magnitude), with its unit. */
  readonly value?: number;
  readonly unit?: string;
  /** Everything else the story says about it, in short phrases. */
  readonly details: readonly string[];
  readonly geometry: Geometry;
  /**
   * Where the CSV places it: the point itself, or for a line or an area a point on or in it
   * (`pointNote` says which), since a spreadsheet row has room for one position.
   */
  readonly point: LonLat | null;
  readonly pointNote: string;
  /** The row's own sources; for a whole dataset these are in the file's credits instead. */
  readonly sources: readonly SourceLink[];
}

/**
 * What a story layer puts in a download: its features, and the datasets in `story.yaml`
 * (by name) whose credit and licence the file must carry. Fact tables name their sources row
 * by row as well.
 */
export interface LayerTable {
  readonly datasets: readonly string[];
  readonly features: (data: LoadedData) => DataFeature[];
}
