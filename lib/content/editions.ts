/** The story's editions: English is the reference, every other edition translates its words. */
export const EDITIONS = ['en', 'zh'] as const;
export type Edition = (typeof EDITIONS)[number];

/** The BCP 47 tag each edition's pages carry in `<html lang>` and hreflang. */
export const EDITION_LANG: Record<Edition, string> = { en: 'en', zh: 'zh-Hans' };

/** Where an edition's pages live under the site root: English at the root, Chinese under /zh. */
export const EDITION_PREFIX: Record<Edition, string> = { en: '', zh: '/zh' };

/** A component's props when it renders in either edition: English unless told otherwise. */
export type InEdition<Props> = Readonly<Props> & { readonly edition?: Edition };
