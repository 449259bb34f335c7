'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import { Map, ScaleControl } from '@vis.gl/react-maplibre';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { DATASETS, type DatasetId } from '@/lib/map/datasets';
import { getMapStyle } from '@/lib/map/map-style-source';
import { MAP_FONT, MAP_FONT_BOLD } from '@/lib/map/fonts';
import { describeFeatures } from '@/lib/map/feature-details';
import { datasetsFor, legendFor, usesTerrain, visibleStyleLayers } from '@/lib/map/scene-needs';
import type { Scene } from '@/lib/story/scene-for';
import { ContextLossWatcher } from './context-loss-watcher';
import { FeatureCard } from './feature-card';
import { MapKey } from './map-key';
import { SceneRenderer } from './scene-renderer';
import { StyleController, isStyleSource } from './style-controller';
import { useFontsReady } from './use-fonts-ready';
import { useSceneData } from './use-scene-data';

export interface StoryMapProps {
  readonly scene: Scene;
  /** The scene after this one, whose data is fetched ahead. */
  readonly nextScene: Scene | undefined;
  readonly reducedMotion: boolean;
  readonly onSettledChange: (settled: boolean) => void;
  /** The live map cannot go on (no WebGL context, a lost one that did not come back). */
  readonly onFailure: () => void;
}

const LABEL_FONTS = [`16px "${MAP_FONT}"`, `bold 16px "${MAP_FONT_BOLD}"`];
const MAX_PITCH = 70;

/**
 * The story's one map. Scenes change what it shows, not whether it exists: it is built again
 * only when a lost WebGL context comes back, as deck.gl's layers cannot move to the new one.
 * Readers scroll past it, so it takes no pointer or touch input.
 */
export function StoryMap({
  scene,
  nextScene,
  reducedMotion,
  onSettledChange,
  onFailure,
}: StoryMapProps) {
  const fontsReady = useFontsReady(LABEL_FONTS);
  const [mapStyle] = useState(() => getMapStyle(window.location.origin));
  // Each build of the map starts where the story is; the data stays, fetched once.
  const [build, setBuild] = useState(0);

  const needed = useMemo(() => datasetsFor(scene), [scene]);
  const upcoming = useMemo(() => (nextScene ? datasetsFor(nextScene) : []), [nextScene]);
  const data = useSceneData(needed, upcoming);
  const [applied, setApplied] = useState<ReadonlySet<DatasetId>>(() => new Set());
  // Style sources count once MapLibre has them (it then reports unloaded until drawn);
  // deck.gl layers draw from the data directly. A failed file does not hold the scene back.
  const ready = needed.every(
    (id) => data.failed.has(id) || (isStyleSource(id) ? applied.has(id) : data.loaded.has(id)),
  );
  const visibleLayers = useMemo(() => visibleStyleLayers(scene, applied), [scene, applied]);
  // The key and the details list follow a moment later, in a render React can interrupt: a
  // scene change sets the map moving first, and no one task has to build both.
  const keyScene = useDeferredValue(scene);
  const keyData = useDeferredValue(data.loaded);
  const legend = useMemo(() => legendFor(keyScene), [keyScene]);
  const features = useMemo(() => describeFeatures(keyScene, keyData), [keyScene, keyData]);
  const [hovered, setHovered] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  // Derived, so a scene change drops a selection that is not on the new map.
  const shown = features.find((feature) => feature.key === (pinned ?? hovered));
  const missing = needed.filter((id) => data.failed.has(id));
  const rebuild = useCallback(() => {
    onSettledChange(false);
    setApplied(new Set());
    setBuild((count) => count + 1);
  }, [onSettledChange]);

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
        // Labels fade in over 300 ms, except for readers who asked for less motion.
        fadeDuration={reducedMotion ? 0 : 300}
        attributionControl={{ compact: true }}
        style={{ position: 'absolute', inset: 0 }}
        onError={(event) => {
          // No target: the map could not be created at all. Otherwise a tile or a file failed,
          // which the data loader already reports; the map goes on.
          if (event.target === null) onFailure();
          else console.warn('Map:', event.error.message);
        }}
      >
        <ContextLossWatcher onGiveUp={onFailure} onRestored={rebuild} />
        <ScaleControl position="bottom-right" maxWidth={90} unit="metric" />
        <StyleController
          visibleLayers={visibleLayers}
          terrain={usesTerrain(scene)}
          data={data.loaded}
          onApplied={setApplied}
        />
        <SceneRenderer
          scene={scene}
          nextScene={nextScene}
          onHover={setHovered}
          onPick={setPinned}
          data={data.loaded}
          ready={ready}
          reducedMotion={reducedMotion}
          onSettledChange={onSettledChange}
        />
      </Map>
      {missing.length > 0 ? (
        <p className="map-notice" role="status">
          Part of this map could not load ({missing.map((id) => DATASETS[id]).join(', ')}). The
          story is all here; the map tries again when you come back to this step.
        </p>
      ) : null}
      <MapKey legend={legend} features={features} selectedKey={pinned} onSelect={setPinned} />
      {shown ? (
        <FeatureCard detail={shown} pinned={shown.key === pinned} onClose={() => setPinned(null)} />
      ) : null}
    </>
  );
}
