'use client';

import { useMap } from '@vis.gl/react-maplibre';
import { useEffect, useRef } from 'react';
import type { MapViewport } from '@/lib/story/fit-camera';
import type { CameraView } from '@/lib/story/types';
import { isAtCamera, toCameraOptions } from './camera-math';

/** Flights longer than this feel like waiting; MapLibre shortens the path to fit. */
const MAX_FLIGHT_MS = 3_000;

export interface CameraControllerProps {
  /** Where the camera must be: the active scene's camera, fitted to this map's size. */
  readonly target: CameraView;
  readonly viewport: MapViewport;
  readonly reducedMotion: boolean;
  /** Whatever else must be true before the scene counts as settled (its data, say). */
  readonly ready: boolean;
  readonly onSettledChange: (settled: boolean) => void;
  /** Whether the camera rests at the target, whatever its data: the cue to draw the scene. */
  readonly onArrivalChange: (arrived: boolean) => void;
}

/**
 * Moves the one map to the active scene and says when it has come to rest there. The first
 * move jumps (a deep link opens on its scene, not on a flight from elsewhere); later ones fly,
 * or jump under reduced motion or after a resize. A new scene mid-flight redirects the
 * flight: MapLibre stops the old animation, and only arriving at the newest target counts.
 */
export function CameraController({
  target,
  viewport,
  reducedMotion,
  ready,
  onSettledChange,
  onArrivalChange,
}: CameraControllerProps) {
  const { current: mapRef } = useMap();
  const map = mapRef?.getMap();
  const placed = useRef(false);
  const lastViewport = useRef(viewport);

  useEffect(() => {
    if (!map) return;
    const resized = lastViewport.current !== viewport;
    lastViewport.current = viewport;
    if (isAtCamera(map, target)) return;
    const options = toCameraOptions(target);
    if (!placed.current || reducedMotion || resized) {
      map.jumpTo(options);
    } else {
      map.flyTo({ ...options, maxDuration: MAX_FLIGHT_MS, essential: true });
    }
    placed.current = true;
  }, [map, target, viewport, reducedMotion]);

  useEffect(() => {
    if (!map) return;
    const check = () => {
      onArrivalChange(!map.isMoving() && isAtCamera(map, target));
    };
    check();
    map.on('moveend', check);
    return () => {
      map.off('moveend', check);
    };
  }, [map, target, onArrivalChange]);

  useEffect(() => {
    if (!map) return;
    onSettledChange(false);
    const check = () => {
      const settled = ready && !map.isMoving() && map.loaded() && isAtCamera(map, target);
      if (settled) onSettledChange(true);
    };
    check();
    map.on('moveend', check);
    map.on('idle', check);
    return () => {
      map.off('moveend', check);
      map.off('idle', check);
    };
  }, [map, target, ready, onSettledChange]);

  return null;
}
