import type { ReactNode } from 'react';
import type { SceneId } from '@/lib/story/scenes';

/** What the client shell needs of a step: ids and words, plus its content rendered on the server. */
export interface StepView {
  readonly id: string;
  readonly scene: SceneId;
  readonly title: string | undefined;
  readonly mapDescription: string;
  readonly content: ReactNode;
}
