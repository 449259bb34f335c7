/**
 * The embed's postMessage protocol (documented in the README). The frame tells its parent
 * which step is active; the parent may ask the frame to go to a step. Anything else, from
 * any origin, is ignored.
 */
export const MESSAGE_NAMESPACE = 'guizhou-story';

/** Frame → parent, whenever the active step changes (and once when the frame is ready). */
export interface StepMessage {
  readonly type: `${typeof MESSAGE_NAMESPACE}:step`;
  readonly stepId: string;
  /** 1-based position of the step, and the number of steps. */
  readonly position: number;
  readonly total: number;
}

/** Parent → frame: go to a step. */
export interface GoMessage {
  readonly type: `${typeof MESSAGE_NAMESPACE}:go`;
  readonly stepId: string;
}

export function stepMessage(stepId: string, position: number, total: number): StepMessage {
  return { type: `${MESSAGE_NAMESPACE}:step`, stepId, position, total };
}

/**
 * The step a parent's message asks for, or null for anything that is not exactly a go
 * message naming one of the story's steps: other shapes, extra fields, strings, junk.
 */
export function parseGoMessage(data: unknown, stepIds: readonly string[]): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const keys = Object.keys(data).sort();
  if (keys.length !== 2 || keys[0] !== 'stepId' || keys[1] !== 'type') return null;
  if (!('type' in data) || data.type !== `${MESSAGE_NAMESPACE}:go`) return null;
  if (!('stepId' in data) || typeof data.stepId !== 'string') return null;
  return stepIds.includes(data.stepId) ? data.stepId : null;
}
