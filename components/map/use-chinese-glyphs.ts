import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Edition } from '@/lib/content/editions';
import { isCjk } from '@/lib/i18n/edition-characters';
import { FEATURE_WORDS_ZH } from '@/lib/map/feature-text';
import type { LoadedData } from '@/lib/map/load-dataset';
import { MAP_FONT_CJK } from '@/lib/map/localize-style';

/** deck.gl's labels are bold (weight 700): the CJK face they take their ideographs from. */
const LABEL_FACE = `bold 16px "${MAP_FONT_CJK}"`;

const known = new WeakMap<FeatureCollection, string>();

/** The CJK characters in a file's properties (its `nameZh`, `mapLabelZh`...), read once. */
function charactersOf(collection: FeatureCollection): string {
  let characters = known.get(collection);
  if (characters === undefined) {
    const all = collection.features.map((feature) => JSON.stringify(feature.properties)).join('');
    characters = [...new Set([...all].filter(isCjk))].join('');
    known.set(collection, characters);
  }
  return characters;
}

function charactersIn(data: LoadedData): string {
  return [...new Set([...data.values()].map(charactersOf).join(''))].join('');
}

const LABEL_WORDS = [...new Set([...FEATURE_WORDS_ZH].filter(isCjk))].join('');

/**
 * Whether the CJK glyphs of the scene's labels have loaded, on the Chinese map. deck.gl draws a
 * label's glyphs once, from the page's fonts, and keeps them: a label laid out before its slice
 * of the font arrived would keep a fallback glyph (or a tofu box) for the whole visit. Faces for
 * every file that has arrived are asked for, so a scene's are usually there before it is drawn.
 */
export function useChineseGlyphs(edition: Edition, all: LoadedData, scene: LoadedData): boolean {
  const wanted = useMemo(
    () => (edition === 'zh' ? LABEL_WORDS + charactersIn(all) : ''),
    [edition, all],
  );
  const needed = useMemo(
    () => (edition === 'zh' ? LABEL_WORDS + charactersIn(scene) : ''),
    [edition, scene],
  );
  const [loaded, setLoaded] = useState('');
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    document.fonts
      .load(LABEL_FACE, wanted)
      .catch(() => undefined)
      .finally(() => {
        if (live) setLoaded((before) => [...new Set(before + wanted)].join(''));
      });
    return () => {
      live = false;
    };
  }, [wanted]);
  return [...needed].every((character) => loaded.includes(character));
}
