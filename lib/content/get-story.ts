import type { Edition } from './editions';
import { loadStory } from './load-story';
import { loadTranslatedStory } from './load-translated-story';
import type { Story } from './types';

const stories = new Map<Edition, Story>();

/** An edition of the story, loaded and validated once per build process and shared by every route. */
export function getStory(edition: Edition = 'en'): Story {
  let story = stories.get(edition);
  if (!story) {
    story = edition === 'en' ? loadStory() : loadTranslatedStory(edition);
    stories.set(edition, story);
  }
  return story;
}
