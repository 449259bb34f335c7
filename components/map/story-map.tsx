'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import { Map, ScaleControl } from '@vis.gl/react-maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { DATASETS } from '@/lib/map/datasets';
import { TERRAIN_SOURCE, WARM_UP_TERRAIN_SOURCE, type LoadedSourceId } from '@/lib/map/base-style';
import { MAP_TEXT } from '@/lib/i18n/map-text';
import { useEdition } from '@/lib/i18n/use-edition';
import { getMapStyle } from '@/lib/map/map-style-source';
import { MAP_FONT_CJK } from '@/lib/map/localize-style';
import { MAP_NAMES_ZH } from '@/lib/map/names-zh';
import { MAP_FONT, MAP_FONT_BOLD } from '@/lib/map/fonts';
import { describeFeatures } from '@/lib/map/feature-details';
import { downloadFilesFor } from '@/lib/downloads/step-downloads';
import { DataDownloads } from '@/components/shared/data-downloads';
import { datasetsFor, legendFor, usesTerrain, visibleStyleLayers } from '@/lib/map/scene-needs';
import type { Scene } from '@/lib/story/scene-for';
import type { SceneId } from '@/lib/story/scenes';
import { ContextLossWatcher } from './context-loss-watcher';
import { exposeMap } from './expose-map';
import { FeatureCard } from './feature-card';
import { keepTerrainTextures } from './keep-terrain-textures';
import { MapKey } from './map-key';
import { SceneRenderer } from './scene-renderer';
import {
  StyleController,
  isStyleSource,
  styleSourcesOf,
  useGivenToStyle,
} from './style-controller';
import { useDrawnScene } from './use-drawn-scene';
import { useFontsReady } from './use-fonts-ready';
import { useWarmUp } from './use-warm-up';
import { useSceneData } from './use-scene-data';

export interface StoryMapProps {
  /**
   * The active step, whose data downloads the key offers; none on the still page, whose
   * photograph of the key could not follow a link.
   */
  readonly stepId?: string;
  readonly stepTitle?: string | undefined;
  readonly scene: Scene;
  /** The scene after this one, whose data is fetched ahead. */
  readonly nextScene: Scene | undefined;
  readonly reducedMotion: boolean;
  /**
   * The scene the map has settled on (the camera rests on it with its data drawn), or null
   * while it has not: the one way the settled state reaches the page. Named by scene, so the
   * page reads a new scene as unsettled from its first render, before the map says anything.
   */
  readonly onSettledScene: (scene: SceneId | null) => void;
  /** The live map cannot go on (no WebGL context, a lost one that did not come back). */
  readonly onFailure: () => void;
  /**
   * Whether to prepare later scenes' shaders once settled (`useWarmUp`); the still page, which
   * photographs one scene at a time, leaves it out so nothing but the scene is ever drawn.
   */
  readonly prepareLater?: boolean;
}

/**
 * A scale bar holds only where the map is seen straight down: on a tilted view the scale
 * changes from the foot of the map to its top. Over terrain MapLibre also finds the bar's two
 * points by reading pixels back from the GPU on every move, which stalls the page mid-flight.
 */
function isFlat(scene: Scene, terrain: string | null): boolean {
  return scene.camera.pitch === 0 && terrain === null;
}

const LABEL_FONTS = [`16px "${MAP_FONT}"`, `bold 16px "${MAP_FONT_BOLD}"`];
/** The Chinese map also needs the CJK slices that hold its names, loaded before it draws. */
const LABEL_FONTS_ZH = [...LABEL_FONTS, `16px "${MAP_FONT_CJK}"`, `bold 16px "${MAP_FONT_CJK}"`];
const LABEL_TEXT_ZH = MAP_NAMES_ZH.join('');
const MAX_PITCH = 70;

/**
 * The story's one map. Scenes change what it shows, not whether it exists: it is built again
 * only when a lost WebGL context comes back, as deck.gl's layers cannot move to the new one.
 * Readers scroll past it, so it takes no pointer or touch input.
 */
export function StoryMap({
  stepId,
  stepTitle,
  scene,
  nextScene,
  reducedMotion,
  onSettledScene,
  onFailure,
  prepareLater = true,
}: StoryMapProps) {
  const edition = useEdition();
  const fontsReady = useFontsReady(
    edition === 'zh' ? LABEL_FONTS_ZH : LABEL_FONTS,
    edition === 'zh' ? LABEL_TEXT_ZH : undefined,
  );
  const [mapStyle] = useState(() => getMapStyle(window.location.origin, edition));
  // Each build of the map starts where the story is; the data stays, fetched once.
  const [build, setBuild] = useState(0);

  const needed = useMemo(() => datasetsFor(scene), [scene]);
  const upcoming = useMemo(() => (nextScene ? datasetsFor(nextScene) : []), [nextScene]);
  const data = useSceneData(needed, upcoming);
  // The style's sources for our files, once this build's style has loaded.
  const [styleSources, setStyleSources] = useState<ReadonlySet<LoadedSourceId> | null>(null);
  const given = useGivenToStyle(data.loaded, styleSources);
  const [arrivedAt, setArrivedAt] = useState<Scene | null>(null);
  const onArrivalChange = useCallback(
    (arrived: boolean) => setArrivedAt(arrived ? scene : null),
    [scene],
  );
  // In flight, the map draws only what it already showed; the scene's own layers come on arrival.
  const drawn = useDrawnScene(scene, arrivedAt === scene);
  const [instance, setInstance] = useState<MaplibreMap | null>(null);
  // Style sources count once MapLibre has them (it then reports unloaded until drawn);
  // deck.gl layers draw from the data directly. A failed file does not hold the scene back.
  const ready =
    drawn === scene &&
    needed.every(
      (id) => data.failed.has(id) || (isStyleSource(id) ? given.has(id) : data.loaded.has(id)),
    );
  const visibleLayers = useMemo(() => visibleStyleLayers(drawn, given), [drawn, given]);
  // The key and the details list follow a scene change a moment later, in a render React can
  // interrupt: the map starts moving first, and no one task has to build both. An arriving
  // file is not deferred: that would cost every file a second render of the whole map.
  const keyScene = useDeferredValue(scene);
  const legend = useMemo(() => legendFor(keyScene), [keyScene]);
  const features = useMemo(
    () => describeFeatures(keyScene, data.loaded, edition),
    [keyScene, data.loaded, edition],
  );
  const keyStepId = useDeferredValue(stepId);
  const keyStepTitle = useDeferredValue(stepTitle);
  const downloadFiles = keyStepId === undefined ? null : downloadFilesFor(keyStepId, keyScene);
  const downloads =
    keyStepId !== undefined && downloadFiles ? (
      <DataDownloads
        files={downloadFiles}
        stepTitle={keyStepTitle ?? keyStepId}
        edition={edition}
      />
    ) : null;
  const [hovered, setHovered] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  // Derived, so a scene change drops a selection that is not on the new map.
  const shown = features.find((feature) => feature.key === (pinned ?? hovered));
  const missing = needed.filter((id) => data.failed.has(id));
  // Once the first scene has settled the GPU is idle: shaders for later scenes are made then.
  const [settledOnce, setSettledOnce] = useState(false);
  // The camera's checks against MapLibre (`CameraController`) say whether the scene has settled.
  const sceneId = scene.id;
  const onSettledChange = useCallback(
    (settled: boolean) => {
      if (settled) setSettledOnce(true);
      onSettledScene(settled ? sceneId : null);
    },
    [onSettledScene, sceneId],
  );
  // Before the warm-up: the terrain textures it makes are kept from then on.
  useEffect(() => (instance ? keepTerrainTextures(instance) : undefined), [instance]);
  const warmUp = useWarmUp(instance, prepareLater && settledOnce, usesTerrain(drawn));
  // Terrain comes with the rest of the scene, on arrival: its first frame is heavy, and in
  // flight it would make every frame so.
  const terrain = usesTerrain(drawn)
    ? TERRAIN_SOURCE
    : warmUp.terrain
      ? WARM_UP_TERRAIN_SOURCE
      : null;
  const rebuild = useCallback(() => {
    onSettledScene(null);
    setStyleSources(null);
    setBuild((count) => count + 1);
  }, [onSettledScene]);

  if (!fontsReady) return null;
  return (
    <>
      <Map
        key={build}
        mapStyle={mapStyle}
        // Read when the map is built; after that the camera controller moves it.
        initialViewState={{
          longitude: scene.camera.center[0],
          latitude: scene.camera.center[1],
          zoom: scene.camera.zoom,
          pitch: scene.camera.pitch,
          bearing: scene.camera.bearing,
        }}
        interactive={false}
        maxPitch={MAX_PITCH}
        // Labels appear at once instead of fading in over 300 ms: on a slow GPU each frame of
        // the fade is a whole redraw of the map, and without it a step change drew about a fifth
        // fewer frames (measured over eight steps: 20 % less GPU time, 16 % sooner settled).
        fadeDuration={0}
        attributionControl={{ compact: true }}
        style={{ position: 'absolute', inset: 0 }}
        onLoad={(event) => {
          setInstance(event.target);
          setStyleSources(styleSourcesOf(event.target));
          exposeMap(event.target);
        }}
        onError={(event) => {
          // No target: the map could not be created at all. Otherwise a tile or a file failed,
          // which the data loader already reports; the map goes on.
          if (event.target === null) onFailure();
          else console.warn('Map:', event.error.message);
        }}
      >
        <ContextLossWatcher onGiveUp={onFailure} onRestored={rebuild} />
        {isFlat(drawn, terrain) ? (
          <ScaleControl position="bottom-right" maxWidth={90} unit="metric" />
        ) : null}
        {/* Before the scene: its effects give the files to the style before the camera asks
            whether the map has drawn them. */}
        {styleSources ? (
          <StyleController
            visibleLayers={visibleLayers}
            terrain={terrain}
            // A map that prepares nothing (a still's) has no use for the twins at all.
            twins={prepareLater ? warmUp.twins : 'gone'}
            given={given}
            data={data.loaded}
          />
        ) : null}
        <SceneRenderer
          scene={scene}
          drawn={drawn}
          nextScene={nextScene}
          onHover={setHovered}
          onPick={setPinned}
          data={data.loaded}
          warmUpLayerCount={warmUp.deckLayers}
          // Not before the warm-up is done: resting between its phases put deck.gl's layer
          // updates into MapLibre's frames, and loading the story blocked twice as long.
          restWhenIdle={warmUp.phase === 'done'}
          ready={ready}
          reducedMotion={reducedMotion}
          onSettledChange={onSettledChange}
          onArrivalChange={onArrivalChange}
        />
      </Map>
      {missing.length > 0 ? (
        <p className="map-notice" role="status">
          {MAP_TEXT[edition].partMissing(missing.map((id) => DATASETS[id]).join(', '))}
        </p>
      ) : null}
      <MapKey
        legend={legend}
        features={features}
        selectedKey={pinned}
        onSelect={setPinned}
        downloads={downloads}
      />
      {shown ? (
        <FeatureCard detail={shown} pinned={shown.key === pinned} onClose={() => setPinned(null)} />
      ) : null}
    </>
  );
}
