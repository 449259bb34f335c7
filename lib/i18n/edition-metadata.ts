import type { Metadata } from 'next';
import { EDITION_LANG, EDITION_PREFIX, EDITIONS, type Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';
import { PREVIEW_ORIGIN } from '@/lib/share/preview-origin';
import { siteUrl } from '@/lib/site/base-path';

/**
 * hreflang alternates for one page in every edition: `/text/` is also `/zh/text/`, so a
 * search engine or a reader's browser can offer the page in the reader's language.
 */
export function editionAlternates(path: string): NonNullable<Metadata['alternates']> {
  const languages = Object.fromEntries(
    EDITIONS.map((edition) => [
      EDITION_LANG[edition],
      siteUrl(`${EDITION_PREFIX[edition]}${path}`, PREVIEW_ORIGIN),
    ]),
  );
  return { languages };
}

/** A page's title and description in its edition, with the alternates. */
export function editionMetadata(
  edition: Edition,
  path: string,
  title: (storyTitle: string) => string = (storyTitle) => storyTitle,
): Metadata {
  const { meta } = getStory(edition);
  return {
    title: title(meta.title),
    description: meta.dek,
    alternates: editionAlternates(path),
  };
}
