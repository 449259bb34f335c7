import type { Story } from '@/lib/content/types';
import type { UiText } from './ui-text';

/** CJK ideographs, symbols and full-width forms: what the Latin fonts do not draw. */
export function isCjk(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x2e80;
}

/** `\u7B2C` and `\u{2A6D6}` as the characters they stand for. */
function unescapeUnicode(source: string): string {
  return source.replace(
    /\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/gi,
    (_, long?: string, short?: string) =>
      String.fromCodePoint(Number.parseInt(long ?? short ?? '', 16)),
  );
}

/**
 * Every string in a table of words, however nested. A phrase with a number in it is a
 * function; its source text holds its words, which is all a font subset needs. The compiler
 * (esbuild, under tsx and vitest) writes a function's non-ASCII characters as `\uXXXX`
 * escapes, so they are read back as characters; `JSON.stringify` would drop functions.
 */
export function wordsOf(words: unknown): string[] {
  if (typeof words === 'string') return [words];
  if (typeof words === 'function') return [unescapeUnicode(String(words))];
  if (words && typeof words === 'object') return Object.values(words).flatMap(wordsOf);
  return [];
}

/**
 * The CJK characters an edition's pages and map can show: its story, the views' words and the
 * map's names. The font build keeps only these glyphs.
 */
export function editionCharacters(
  story: Story,
  text: UiText,
  mapNames: readonly string[],
): string[] {
  const all = [JSON.stringify(story), ...wordsOf(text), ...mapNames].join('');
  return [...new Set([...all].filter(isCjk))].sort();
}
