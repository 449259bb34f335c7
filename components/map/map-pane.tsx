'use client';

import { useCallback, useState } from 'react';
import { useAfterFirstPaint } from '@/lib/dom/use-after-first-paint';
import { usePrefersReducedMotion } from '@/lib/dom/use-media-query';
import { supportsWebGL } from '@/lib/dom/webgl-support';
import { CLIENT_TEXT } from '@/lib/i18n/client-text';
import { useEdition } from '@/lib/i18n/use-edition';
import type { Scene } from '@/lib/story/scene-for';
import type { SceneId } from '@/lib/story/scenes';
import { FailureBoundary } from '@/components/shared/failure-boundary';
import type { StepView } from '@/components/story/types';
import { LazyStoryMap } from './lazy-story-map';
import { StillMap } from './still-map';

interface MapPaneProps {
  /** The active step; its map description is announced once its scene has settled. */
  readonly step: Pick<StepView, 'id' | 'title' | 'mapDescription'>;
  readonly scene: Scene;
  readonly nextScene: Scene | undefined;
}

/**
 * The map's container and its public state: `data-map-scene` is the active step's scene;
 * `data-map-settled` turns "true" once the camera rests on that scene with its data drawn
 * (or, where the live map cannot run, once the step's still picture has loaded);
 * `data-map-mode` is 'pending' until the browser has said whether it has WebGL, then 'live' or
 * 'still'.
 */
export function MapPane({ step, scene, nextScene }: MapPaneProps) {
  const { id: stepId, title: stepTitle, mapDescription: description } = step;
  const reducedMotion = usePrefersReducedMotion();
  // Asking for a WebGL context, even to drop it, holds the first frame back while the GPU
  // process starts up (half a second on a software GPU), so the question, and the map's code,
  // wait until the text is on screen. Null until then ('pending'): the static HTML shows
  // neither the live map nor a still.
  const webgl = useAfterFirstPaint(supportsWebGL);
  const edition = useEdition();
  const [mapFailed, setMapFailed] = useState(false);
  const [settledScene, setSettledScene] = useState<SceneId | null>(null);
  const [stillLoaded, setStillLoaded] = useState<string | null>(null);
  const sceneId = scene.id;
  const onMapFailed = useCallback(() => setMapFailed(true), []);
  const still = webgl === false || mapFailed;
  const settled = still ? stillLoaded === stepId : settledScene === sceneId;

  return (
    <div
      className="map-pane"
      data-map-scene={sceneId}
      data-map-settled={settled ? 'true' : 'false'}
      data-map-mode={still ? 'still' : webgl ? 'live' : 'pending'}
    >
      {still ? (
        // The notice above the picture, not over it: over it, it hid the picture's title band.
        <div className="still-pane">
          <p className="map-notice" role="status">
            {CLIENT_TEXT[edition].stillNotice}
          </p>
          <StillMap stepId={stepId} description={description} onLoaded={setStillLoaded} />
        </div>
      ) : (
        <div className="map-canvas">
          <FailureBoundary what="The map (showing still pictures instead)" onError={onMapFailed}>
            {webgl ? (
              <LazyStoryMap
                stepId={stepId}
                stepTitle={stepTitle}
                scene={scene}
                nextScene={nextScene}
                reducedMotion={reducedMotion}
                onSettledScene={setSettledScene}
                onFailure={onMapFailed}
              />
            ) : null}
          </FailureBoundary>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {settled && !still ? description : ''}
      </p>
    </div>
  );
}
