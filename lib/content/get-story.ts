import { loadStory } from './load-story';
import type { Story } from './types';

let story: Story | undefined;

/** The story, loaded and validated once per build process and shared by every route. */
export function getStory(): Story {
  story ??= loadStory();
  return story;
}
