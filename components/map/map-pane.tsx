'use client';

import { useCallback, useState } from 'react';
import { usePrefersReducedMotion } from '@/lib/dom/use-media-query';
import type { Scene } from '@/lib/story/scene-for';
import type { SceneId } from '@/lib/story/scenes';
import { LazyStoryMap } from './lazy-story-map';

interface MapPaneProps {
  readonly scene: Scene;
  readonly nextScene: Scene | undefined;
  /** The active step's map description, announced once its scene has settled. */
  readonly description: string;
}

/**
 * The map's container and its public state: `data-map-scene` is the active step's scene;
 * `data-map-settled` turns "true" once the camera rests on that scene with its data drawn.
 */
export function MapPane({ scene, nextScene, description }: MapPaneProps) {
  const reducedMotion = usePrefersReducedMotion();
  const [settledScene, setSettledScene] = useState<SceneId | null>(null);
  const sceneId = scene.id;
  const onSettledChange = useCallback(
    (settled: boolean) => setSettledScene(settled ? sceneId : null),
    [sceneId],
  );
  const settled = settledScene === sceneId;

  return (
    <div
      className="map-pane"
      data-map-scene={sceneId}
      data-map-settled={settled ? 'true' : 'false'}
    >
      <div className="map-canvas">
        <LazyStoryMap
          scene={scene}
          nextScene={nextScene}
          reducedMotion={reducedMotion}
          onSettledChange={onSettledChange}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {settled ? description : ''}
      </p>
    </div>
  );
}
