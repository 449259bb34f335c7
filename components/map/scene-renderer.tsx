'use client';

import { useEffect, useMemo } from 'react';
import { whenIdle } from '@/lib/dom/when-idle';
import { useEdition } from '@/lib/i18n/use-edition';
import { buildDeckLayers, warmDeckLayers } from '@/lib/map/deck-layers';
import { pickedKey } from '@/lib/map/feature-details';
import { prepareIconAtlas } from '@/lib/map/icon-atlas';
import { buildWarmUpLayers } from '@/lib/map/warm-up-layers';
import type { LoadedData } from '@/lib/map/load-dataset';
import { datasetsFor } from '@/lib/map/scene-needs';
import { fitCamera } from '@/lib/story/fit-camera';
import type { Scene } from '@/lib/story/scene-for';
import { CameraController, type CameraControllerProps } from './camera-controller';
import { DeckOverlay } from './deck-overlay';
import { useChineseGlyphs } from './use-chinese-glyphs';
import { useMapViewport } from './use-map-viewport';
import { useSceneFiles } from './use-scene-files';

/** The camera's props but its target and viewport, which come from the scene and the map. */
interface SceneRendererProps extends Omit<CameraControllerProps, 'target' | 'viewport'> {
  /** The active scene: where the camera goes. */
  readonly scene: Scene;
  /** What the map draws now (`useDrawnScene`): the active scene once the camera is there. */
  readonly drawn: Scene;
  /** The scene after this one, whose layers are prepared in idle time. */
  readonly nextScene: Scene | undefined;
  /** A pointer over a symbol (its detail key) or over nothing (null). */
  readonly onHover: (key: string | null) => void;
  /** A click or tap on a symbol (its detail key) or on the empty map (null). */
  readonly onPick: (key: string | null) => void;
  readonly data: LoadedData;
  /** How many of the hidden layers that prepare shaders for later scenes to draw (`useWarmUp`). */
  readonly warmUpLayerCount: number;
  /** Whether deck.gl's animation loop may rest while the map is idle (`DeckOverlay`). */
  readonly restWhenIdle: boolean;
}

/** The scene on this map: its camera fitted to the map's size, its deck.gl layers drawn for it. */
export function SceneRenderer({
  scene,
  drawn,
  nextScene,
  onHover,
  onPick,
  data,
  warmUpLayerCount,
  restWhenIdle,
  ready,
  reducedMotion,
  onSettledChange,
  onArrivalChange,
}: SceneRendererProps) {
  const viewport = useMapViewport();
  const target = useMemo(
    () => (viewport ? fitCamera(scene.camera, scene.focus, viewport) : null),
    [scene, viewport],
  );
  // Labels are spaced for the zoom the drawn scene is shown at on this map.
  const drawnZoom = useMemo(
    () => (viewport ? fitCamera(drawn.camera, drawn.focus, viewport).zoom : undefined),
    [drawn, viewport],
  );
  // Built once per drawn scene, files and zoom, not on every render (a hover, the map settling,
  // a file for a later scene arriving): a layer given new data arrays makes deck.gl recompute
  // its attributes and lay its text out again.
  const files = useSceneFiles(data, datasetsFor(drawn));
  // The Chinese map's labels wait for their glyphs (`useChineseGlyphs`), and so does settling.
  const edition = useEdition();
  const glyphsReady = useChineseGlyphs(edition, data, files);
  const sceneLayers = useMemo(
    () =>
      drawnZoom === undefined || !glyphsReady
        ? []
        : buildDeckLayers(drawn, files, drawnZoom, edition),
    [drawn, files, drawnZoom, edition, glyphsReady],
  );
  // Made here, with this map's deck.gl: a layer once drawn belongs to its deck, and one handed
  // to the deck of a map built again (after a lost context) would draw with dead programs.
  const warmUpLayers = useMemo(() => buildWarmUpLayers(), []);
  const layers = useMemo(
    () => [...warmUpLayers.slice(0, warmUpLayerCount), ...sceneLayers],
    [warmUpLayerCount, warmUpLayers, sceneLayers],
  );
  // The symbols, and the next scene's rows as its files arrive, made while the reader reads.
  useEffect(() => whenIdle(prepareIconAtlas), []);
  const nextFiles = useSceneFiles(data, nextScene ? datasetsFor(nextScene) : []);
  useEffect(
    () => (nextScene ? whenIdle(() => warmDeckLayers(nextScene, nextFiles, edition)) : undefined),
    [nextScene, nextFiles, edition],
  );
  return (
    <>
      <DeckOverlay
        interleaved
        restWhenIdle={restWhenIdle}
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
          ready={ready && glyphsReady}
          onSettledChange={onSettledChange}
          onArrivalChange={onArrivalChange}
        />
      ) : null}
    </>
  );
}
