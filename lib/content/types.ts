import type { StepFrontMatter, StoryMeta } from './schema';

/** One step of the story, validated: its front matter and its Markdown body. */
export interface Step extends StepFrontMatter {
  /** Position in the story, from 0. */
  readonly index: number;
  /** The body in Markdown, rendered to React elements by the views. */
  readonly body: string;
  /** The file it came from, relative to the project, for messages. */
  readonly file: string;
}

export interface Story {
  readonly meta: StoryMeta;
  readonly steps: readonly Step[];
}
