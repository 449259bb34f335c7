import type { Story } from '@/lib/content/types';
import type { UiText } from './ui-text';

/** CJK ideographs, symbols and full-width forms: what the Latin fonts do not draw. */
export function isCjk(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x2e80;
}

/**
 * Every string a view can say. A phrase with a number in it is a function; its source text
 * holds its words, which is all a font subset needs.
 */
function uiStrings(text: UiText): string[] {
  return Object.values(text).map(String);
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
  const all = [JSON.stringify(story), ...uiStrings(text), ...mapNames].join('');
  return [...new Set([...all].filter(isCjk))].sort();
}
