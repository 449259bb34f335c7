/**
 * The story's domain: steps, scenes and the camera. Nothing here knows React, the DOM or a
 * map library; every view (scroll article, presentation, print, embed) speaks these types.
 */

/** A step's stable slug, used in URLs (`#<step-id>`, `/s/<step-id>/`) and as the section id. */
export type StepId = string;

/** A camera pose. `center` is [longitude, latitude] in degrees. */
export interface CameraView {
  readonly center: readonly [number, number];
  readonly zoom: number;
  /** Degrees from straight down, 0-85. */
  readonly pitch: number;
  /** Degrees clockwise from north. */
  readonly bearing: number;
}

/** A source cited by a step or a fact. */
export interface SourceLink {
  readonly label: string;
  readonly url: string;
}
