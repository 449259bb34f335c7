import { geoMercator, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Scene } from '@/lib/story/scene-for';
import { fitCamera } from '@/lib/story/fit-camera';
import type { Rect } from './layout';

/** MapLibre's world is 512 px wide at zoom 0 (`lib/story/fit-camera.ts` uses the same). */
const WORLD_PX = 512;
/** Geometry is clipped a little outside the frame so strokes never end visibly at its edge. */
const CLIP_BLEED = 24;

export interface StillView {
  /** Web Mercator at the scene's camera, fitted to the frame the way the live map fits it. */
  readonly projection: GeoProjection;
  /** SVG path data for GeoJSON, clipped to the frame, two decimals. */
  readonly path: GeoPath;
  /** The zoom the live map would show this frame at; label spacing and symbol rules read it. */
  readonly zoom: number;
  readonly frame: Rect;
}

/**
 * The still's view of a scene: the camera's centre at the frame's centre and its zoom, zoomed
 * out just enough (as on a phone) for the scene's focus to fit the frame with a margin. The
 * camera's pitch and bearing are not applied: a still is drawn flat and north up.
 */
export function stillView(scene: Scene, frame: Rect): StillView {
  const camera = fitCamera(scene.camera, scene.focus, frame);
  const projection = geoMercator()
    .scale((WORLD_PX * 2 ** camera.zoom) / (2 * Math.PI))
    .center([camera.center[0], camera.center[1]])
    .translate([frame.x + frame.width / 2, frame.y + frame.height / 2])
    .clipExtent([
      [frame.x - CLIP_BLEED, frame.y - CLIP_BLEED],
      [frame.x + frame.width + CLIP_BLEED, frame.y + frame.height + CLIP_BLEED],
    ]);
  return { projection, path: geoPath(projection).digits(2), zoom: camera.zoom, frame };
}

/** A [lon, lat] in frame pixels. d3's Mercator projects every finite point, so no nulls. */
export function project(view: StillView, lonLat: readonly [number, number]): [number, number] {
  const point = view.projection([lonLat[0], lonLat[1]]);
  if (!point) throw new Error(`Cannot project ${lonLat.join(', ')}`);
  return point;
}

/** Whether a pixel lies within the frame, grown by `pad` pixels on every side. */
export function inFrame(view: StillView, [x, y]: readonly [number, number], pad = 0): boolean {
  const { frame } = view;
  return (
    x >= frame.x - pad &&
    x <= frame.x + frame.width + pad &&
    y >= frame.y - pad &&
    y <= frame.y + frame.height + pad
  );
}

/** Pixels per metre on the ground at a latitude, at the view's scale. */
export function pixelsPerMetre(view: StillView, latitude: number): number {
  const worldPx = view.projection.scale() * 2 * Math.PI;
  const earthCircumferenceM = 40_075_016.686;
  return worldPx / (earthCircumferenceM * Math.cos((latitude * Math.PI) / 180));
}
