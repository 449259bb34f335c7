import { useEffect, useState } from 'react';

/**
 * Whether the given CSS fonts have loaded. The map draws its label glyphs once, from the
 * page's fonts, and keeps them: drawing before the font arrives would fix a fallback font in
 * place for the whole visit.
 */
export function useFontsReady(fonts: readonly string[]): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.all(fonts.map((font) => document.fonts.load(font)))
      .catch(() => undefined)
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
  }, [fonts]);
  return ready;
}
