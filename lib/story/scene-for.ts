import { SCENES, type LayerId, type SceneId } from './scenes';
import type { Bounds } from './fit-camera';
import type { CameraView } from './types';

/** What the map shows for one step: derived from the step alone, never accumulated. */
export interface Scene {
  readonly id: SceneId;
  readonly camera: CameraView;
  readonly focus: Bounds;
  readonly layers: readonly LayerId[];
}

/** The scene a step shows. Content names scenes by id; the build has already checked the id. */
export function sceneFor(step: { readonly scene: SceneId }): Scene {
  const definition = SCENES[step.scene];
  return { id: step.scene, ...definition };
}
