/**
 * Self-hosted Chinese fonts for the /zh/ edition, cut down to the characters it uses.
 * Fontsource ships Noto Sans SC (SIL OFL 1.1) in about a hundred slices, each with a
 * unicode-range; this keeps the slices that hold any of the edition's characters, subsets
 * each to those characters with HarfBuzz (subset-font), and writes them with their
 * @font-face rules to `public/fonts/zh/`. A browser then fetches only the slices a page shows,
 * each a few kilobytes. Run before every build, after the content changes; not committed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { loadFacts } from '@/lib/content/load-facts';
import { loadTranslatedStory } from '@/lib/content/load-translated-story';
import { editionCharacters, wordsOf } from '@/lib/i18n/edition-characters';
import { HANDOUT_TEXT } from '@/lib/i18n/handout-text';
import { LESSON_NOTE_TEXT } from '@/lib/i18n/lesson-note-text';
import { LESSON_TEXT } from '@/lib/i18n/lesson-text';
import { MAP_TEXT } from '@/lib/i18n/map-text';
import { PRESENT_TEXT } from '@/lib/i18n/present-text';
import { PRESENTER_TEXT } from '@/lib/i18n/presenter-text';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import { parseUnicodeRange, inUnicodeRange } from '@/lib/i18n/unicode-range';
import { LEGEND_ZH } from '@/lib/map/legend-zh';
import { FEATURE_WORDS_ZH } from '@/lib/map/feature-text';
import { MAP_NAMES_ZH } from '@/lib/map/names-zh';

const require = createRequire(import.meta.url);
const PACKAGE = '@fontsource/noto-sans-sc';
/** The family the Chinese pages and map labels fall back to for CJK characters. */
const FAMILY = 'Story CJK';
const WEIGHTS = [400, 700] as const;

const packageDir = path.dirname(require.resolve(`${PACKAGE}/package.json`));
const target = path.join(process.cwd(), 'public', 'fonts', 'zh');
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });

const characters = editionCharacters(loadTranslatedStory('zh'), UI_TEXT.zh, [
  ...MAP_NAMES_ZH,
  ...Object.values(LEGEND_ZH),
  // The map's details and labels: the fact tables' Chinese columns and the words around them.
  JSON.stringify(loadFacts()),
  FEATURE_WORDS_ZH,
  // The words of the presentation, the handout and the lesson builder, and a lesson link's note.
  ...wordsOf([
    PRESENT_TEXT.zh,
    HANDOUT_TEXT.zh,
    LESSON_TEXT.zh,
    LESSON_NOTE_TEXT.zh,
    MAP_TEXT.zh,
    PRESENTER_TEXT.zh,
  ]),
]);
const FACE = /src: url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range: ([^;]+);/g;

const rules: string[] = [];
let files = 0;
let bytes = 0;
for (const weight of WEIGHTS) {
  const css = readFileSync(path.join(packageDir, `${weight}.css`), 'utf8');
  for (const [, file, range] of css.matchAll(FACE)) {
    if (!file || !range) continue;
    const ranges = parseUnicodeRange(range);
    const text = characters.filter((character) => inUnicodeRange(character, ranges)).join('');
    if (!text) continue;
    const subset = await subsetFont(readFileSync(path.join(packageDir, 'files', file)), text, {
      targetFormat: 'woff2',
    });
    writeFileSync(path.join(target, file), subset);
    files += 1;
    bytes += subset.length;
    rules.push(
      `@font-face{font-family:'${FAMILY}';font-style:normal;font-weight:${weight};` +
        `font-display:swap;src:url('./${file}') format('woff2');unicode-range:${range.trim()}}`,
    );
  }
}
writeFileSync(path.join(target, 'fonts.css'), `${rules.join('\n')}\n`);
console.log(
  `fonts: ${characters.length} Chinese characters → ${files} files, ${(bytes / 1024).toFixed(0)} KiB in public/fonts/zh/`,
);
