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
