import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const FOLDERS = ['lib', 'components', 'scripts', 'content'];
const TESTS = `{${FOLDERS.join(',')}}/**/*.test.{ts,tsx}`;

/**
 * Test files that change what other files would see: a mocked module or spied function, a
 * stubbed global, fake timers, or a DOM of their own. Each runs in a fresh module graph. The
 * rest are pure and share one per worker, which spares re-importing the same modules for every
 * file (most of the run's time).
 */
const SIDE_EFFECTS =
  /\bvi\.(?:mock|doMock|spyOn|stubGlobal|stubEnv|useFakeTimers)\b|@vitest-environment/;
const isolated = FOLDERS.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name}`)
    .filter((file) => /\.test\.tsx?$/.test(file) && !file.includes('node_modules'))
    .filter((file) => SIDE_EFFECTS.test(readFileSync(file, 'utf8'))),
);

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    environment: 'node',
    // The tests describe a build made with none of the site's build variables: a shell that
    // sets them (for a deploy) must not change what they find. Empty means unset to the app.
    env: { NEXT_PUBLIC_BASE_PATH: '', NEXT_PUBLIC_SITE_ORIGIN: '', NEXT_PUBLIC_MAP_STYLE_URL: '' },
    projects: [
      {
        extends: true,
        test: { name: 'isolated', include: isolated },
      },
      {
        extends: true,
        test: { name: 'shared', include: [TESTS], exclude: isolated, isolate: false },
      },
    ],
  },
});
