'use client';

import { useMemo } from 'react';
import { buildDeckLayers } from '@/lib/map/deck-layers';
import { pickedKey } from '@/lib/map/feature-details';
import type { LoadedData } from '@/lib/map/load-dataset';
import { fitCamera } from '@/lib/story/fit-camera';
import type { Scene } from '@/lib/story/scene-for';
import { CameraController } from './camera-controller';
import { DeckOverlay } from './deck-overlay';
import { useMapViewport } from './use-map-viewport';

interface SceneRendererProps {
  readonly scene: Scene;
  /** A pointer over a symbol (its detail key) or over nothing (null). */
  readonly onHover: (key: string | null) => void;
  /** A click or tap on a symbol (its detail key) or on the empty map (null). */
  readonly onPick: (key: string | null) => void;
  readonly data: LoadedData;
  readonly ready: boolean;
  readonly reducedMotion: boolean;
  readonly onSettledChange: (settled: boolean) => void;
}

/** The scene on this map: its camera fitted to the map's size, its deck.gl layers drawn for it. */
export function SceneRenderer({
  scene,
  onHover,
  onPick,
  data,
  ready,
  reducedMotion,
  onSettledChange,
}: SceneRendererProps) {
  const viewport = useMapViewport();
  const target = useMemo(
    () => (viewport ? fitCamera(scene.camera, scene.focus, viewport) : null),
    [scene, viewport],
  );
  // Built once per scene, data and zoom, not on every render (a hover, the map settling): a
  // layer given new data arrays makes deck.gl recompute its attributes and lay its text out again.
  const zoom = target?.zoom;
  const layers = useMemo(
    () => (zoom === undefined ? [] : buildDeckLayers(scene, data, zoom)),
    [scene, data, zoom],
  );
  return (
    <>
      <DeckOverlay
        interleaved
        layers={layers}
        onHover={(info) => onHover(pickedKey(info.layer?.id, info.object))}
        onClick={(info) => onPick(pickedKey(info.layer?.id, info.object))}
        getCursor={({ isHovering }) => (isHovering ? 'pointer' : 'default')}
      />
      {target && viewport ? (
        <CameraController
          target={target}
          viewport={viewport}
          reducedMotion={reducedMotion}
          ready={ready}
          onSettledChange={onSettledChange}
        />
      ) : null}
    </>
  );
}
