/**
 * Copies the story's fonts from their npm packages (Fontsource, SIL OFL 1.1) into
 * `public/fonts/`, under fixed names that the CSS and the map's labels both use.
 * Run before every build and dev server; the copies are not committed.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const FONT_FILES = [
  ['@fontsource/source-serif-4', 'source-serif-4-latin-400-normal.woff2', 'serif-400.woff2'],
  ['@fontsource/source-serif-4', 'source-serif-4-latin-400-italic.woff2', 'serif-400-italic.woff2'],
  ['@fontsource/source-serif-4', 'source-serif-4-latin-600-normal.woff2', 'serif-600.woff2'],
  ['@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff2', 'sans-400.woff2'],
  ['@fontsource/noto-sans', 'noto-sans-latin-700-normal.woff2', 'sans-700.woff2'],
] as const;

const target = path.join(process.cwd(), 'public', 'fonts');
mkdirSync(target, { recursive: true });
for (const [pkg, file, name] of FONT_FILES) {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  copyFileSync(path.join(dir, 'files', file), path.join(target, name));
}
console.log(`fonts: ${FONT_FILES.length} files → public/fonts/`);
