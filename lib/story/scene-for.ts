import { SCENES, SCENE_IDS, type LayerId, type SceneId } from './scenes';
import type { Bounds } from './fit-camera';
import type { CameraView } from './types';

/** What the map shows for one step: derived from the step alone, never accumulated. */
export interface Scene {
  readonly id: SceneId;
  readonly camera: CameraView;
  readonly focus: Bounds;
  readonly layers: readonly LayerId[];
}

/**
 * One object per scene, so two steps that share a scene hand the map the very same one: the
 * map then has nothing to rebuild between them (deck.gl recomputes a layer's attributes when
 * its inputs are new objects, even equal ones).
 */
const BY_ID = new Map<SceneId, Scene>(SCENE_IDS.map((id) => [id, { id, ...SCENES[id] }]));

/** The scene a step shows. Content names scenes by id; the build has already checked the id. */
export function sceneFor(step: { readonly scene: SceneId }): Scene {
  const scene = BY_ID.get(step.scene);
  if (!scene) throw new Error(`Unknown scene "${step.scene}"`);
  return scene;
}
