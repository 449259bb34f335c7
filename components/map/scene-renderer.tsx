'use client';

import { useEffect, useMemo } from 'react';
import { whenIdle } from '@/lib/dom/when-idle';
import { buildDeckLayers, warmDeckLayers } from '@/lib/map/deck-layers';
import { pickedKey } from '@/lib/map/feature-details';
import { prepareIconAtlas } from '@/lib/map/icon-atlas';
import type { LoadedData } from '@/lib/map/load-dataset';
import { datasetsFor } from '@/lib/map/scene-needs';
import { fitCamera } from '@/lib/story/fit-camera';
import type { Scene } from '@/lib/story/scene-for';
import { CameraController } from './camera-controller';
import { DeckOverlay } from './deck-overlay';
import { useMapViewport } from './use-map-viewport';
import { useSceneFiles } from './use-scene-files';

interface SceneRendererProps {
  readonly scene: Scene;
  /** The scene after this one, whose layers are prepared in idle time. */
  readonly nextScene: Scene | undefined;
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
  nextScene,
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
  // Built once per scene, files and zoom, not on every render (a hover, the map settling, a
  // file for a later scene arriving): a layer given new data arrays makes deck.gl recompute
  // its attributes and lay its text out again.
  const zoom = target?.zoom;
  const files = useSceneFiles(data, datasetsFor(scene));
  const layers = useMemo(
    () => (zoom === undefined ? [] : buildDeckLayers(scene, files, zoom)),
    [scene, files, zoom],
  );
  // The symbols, and the next scene's rows as its files arrive, made while the reader reads.
  useEffect(() => whenIdle(prepareIconAtlas), []);
  const nextFiles = useSceneFiles(data, nextScene ? datasetsFor(nextScene) : []);
  useEffect(
    () => (nextScene ? whenIdle(() => warmDeckLayers(nextScene, nextFiles)) : undefined),
    [nextScene, nextFiles],
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
