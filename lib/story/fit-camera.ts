import { WORLD_PX, mercatorX, mercatorY } from '@/lib/geo/web-mercator';
import type { CameraView } from './types';

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

export interface MapViewport {
  readonly width: number;
  readonly height: number;
}

/** Space kept clear beside a scene's focus, in pixels, so symbols at its edge stay whole. */
const MARGIN_PX = 28;
/**
 * Above and below it, more: the map's top corner holds the step counter and its bottom corners
 * the key and the credits, about 44 px each, and a symbol under them is lost.
 */
const MARGIN_Y_PX = 56;

/** The largest zoom at which `focus` fits a viewport centred on `center`. */
export function zoomToFit(
  center: CameraView['center'],
  focus: Bounds,
  viewport: MapViewport,
): number {
  const [west, south, east, north] = focus;
  const cx = mercatorX(center[0]);
  const cy = mercatorY(center[1]);
  const halfX = Math.max(Math.abs(mercatorX(west) - cx), Math.abs(mercatorX(east) - cx));
  const halfY = Math.max(Math.abs(mercatorY(north) - cy), Math.abs(mercatorY(south) - cy));
  const roomX = Math.max(viewport.width / 2 - MARGIN_PX, 1);
  const roomY = Math.max(viewport.height / 2 - MARGIN_Y_PX, 1);
  const scale = Math.min(roomX / (halfX * WORLD_PX), roomY / (halfY * WORLD_PX));
  return Math.log2(scale);
}

/**
 * A scene's camera for a map of this size. Cameras are composed for a desktop map; a smaller
 * map (a phone) zooms out just enough to keep the scene's focus in view, so a phone sees
 * what the story talks about rather than a cropped middle. Never zooms in past the composition.
 */
export function fitCamera(camera: CameraView, focus: Bounds, viewport: MapViewport): CameraView {
  if (!(viewport.width > 0 && viewport.height > 0)) return camera;
  const fit = zoomToFit(camera.center, focus, viewport);
  // Rounded, so that a few pixels of resize (an address bar) do not move the camera.
  const zoom = Math.round(Math.min(camera.zoom, fit) * 20) / 20;
  return { ...camera, zoom: Math.max(0, zoom) };
}
