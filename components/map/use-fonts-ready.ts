import { useEffect, useState } from 'react';

/**
 * Whether the given CSS fonts have loaded. The map draws its label glyphs once, from the
 * page's fonts, and keeps them: drawing before the font arrives would fix a fallback font in
 * place for the whole visit. `text` names the characters to load faces for, where a family is
 * split by unicode-range (the Chinese fonts): only the slices holding them are fetched.
 */
export function useFontsReady(fonts: readonly string[], text?: string): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.all(fonts.map((font) => document.fonts.load(font, text)))
      .catch(() => undefined)
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
  }, [fonts, text]);
  return ready;
}
