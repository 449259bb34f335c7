import { test } from '@playwright/test';
import { EDITION_PREFIX, type Edition } from '../../lib/content/editions';
import { loadTranslatedStory } from '../../lib/content/load-translated-story';
import type { Story } from '../../lib/content/types';
import { CLIENT_TEXT, type ClientText } from '../../lib/i18n/client-text';
import { PRESENT_TEXT, type PresentText } from '../../lib/i18n/present-text';
import { STORY } from './story';

export interface EditionOptions {
  /**
   * The edition a project tests: `zh-desktop` and `zh-phone` run the readers' specs again on
   * `/zh/` (see `playwright.config.ts`). Specs read it through the functions below.
   */
  readonly edition: Edition;
}

/**
 * Marks a test that reads no edition's words and asks nothing of the map that the Chinese
 * edition does differently (key handling at the ends, hash parsing, the camera's jump): the
 * English projects run it, and the Chinese ones leave it out (`grepInvert` in
 * `playwright.config.ts`). Tests that need the map settled mid-story after moves, where the
 * Chinese map also waits for its glyphs, stay in both.
 */
export const SAME_IN_EVERY_EDITION = { tag: '@same-in-every-edition' } as const;

/** The edition of the running test's project: English unless the project says otherwise. */
export function editionUnderTest(): Edition {
  return (test.info().project.use as Partial<EditionOptions>).edition ?? 'en';
}

/** A page of an edition: `/present/` or `/zh/present/`. */
export function inEdition(edition: Edition, path: string): string {
  return `${EDITION_PREFIX[edition]}${path}`;
}

/** A path of the site in the edition under test: `/present/` → `/zh/present/`. */
export function at(path: string): string {
  return inEdition(editionUnderTest(), path);
}

/** The edition's story as the build sees it: the same ids and scenes, its own words. */
export function storyUnderTest(): Story {
  const edition = editionUnderTest();
  return edition === 'en' ? STORY : loadTranslatedStory(edition);
}

/** The words of the page's buttons, lists and notices in the edition under test. */
export function wordsUnderTest(): ClientText {
  return CLIENT_TEXT[editionUnderTest()];
}

/** The presentation's words in the edition under test. */
export function presentWordsUnderTest(): PresentText {
  return PRESENT_TEXT[editionUnderTest()];
}
