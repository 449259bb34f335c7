import { useMemo, useState } from 'react';
import type { Scene } from '@/lib/story/scene-for';
import { sceneInFlight } from '@/lib/story/scene-in-flight';

/**
 * The scene the map draws: the active one once the camera rests on it; on the way there, what
 * the last scene shown whole has in common with it (`sceneInFlight`).
 */
export function useDrawnScene(scene: Scene, arrived: boolean): Scene {
  const [shown, setShown] = useState<Scene | null>(null);
  // Derived state: React renders again at once with the scene recorded, before any child does.
  if (arrived && shown !== scene) setShown(scene);
  const inFlight = useMemo(() => sceneInFlight(shown, scene), [shown, scene]);
  return arrived ? scene : inFlight;
}
