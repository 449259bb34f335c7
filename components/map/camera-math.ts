import type { CameraOptions, Map as MaplibreMap } from 'maplibre-gl';
import type { CameraView } from '@/lib/story/types';

export function toCameraOptions(camera: CameraView): CameraOptions {
  return {
    center: [camera.center[0], camera.center[1]],
    zoom: camera.zoom,
    pitch: camera.pitch,
    bearing: camera.bearing,
  };
}

/** Whether the map's camera is at `camera`, allowing for float round-off in MapLibre's transform. */
export function isAtCamera(map: MaplibreMap, camera: CameraView): boolean {
  const center = map.getCenter();
  return (
    Math.abs(center.lng - camera.center[0]) < 1e-3 &&
    Math.abs(center.lat - camera.center[1]) < 1e-3 &&
    Math.abs(map.getZoom() - camera.zoom) < 1e-2 &&
    Math.abs(map.getPitch() - camera.pitch) < 0.5 &&
    Math.abs(((map.getBearing() - camera.bearing + 540) % 360) - 180) < 0.5
  );
}
