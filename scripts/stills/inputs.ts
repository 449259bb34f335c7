/**
 * What a still is made from, as hashes: the scene's definition, the words on the picture, the
 * map's style and code, the data files it draws and the renderers' versions. The manifest keeps
 * them; a unit test recomputes them and fails when any differs, so a change to the live map
 * cannot ship with pictures of the old one. Node only, no browser: the test must be cheap.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Step, Story } from '@/lib/content/types';
import { DATASETS } from '@/lib/map/datasets';
import { datasetsFor, legendFor, usesTerrain } from '@/lib/map/scene-needs';
import { sceneFor } from '@/lib/story/scene-for';
import { STILL_SIZES, type Edition } from '@/lib/stills/still-sizes';

/** The five parts of a still's inputs, each a short hash, so a stale still says which changed. */
export const STILL_INPUT_PARTS = ['scene', 'text', 'style', 'data', 'renderers'] as const;
export type StillInputs = Readonly<Record<(typeof STILL_INPUT_PARTS)[number], string>>;

/**
 * The code and styles the still page draws with: the live map's own, the page's, and what they
 * read. Any change here may change a picture, so it makes every still stale.
 */
export const RENDERER_SOURCES = [
  'app/fonts.css',
  'app/layout.tsx',
  'app/still',
  'app/zh/layout.tsx',
  'app/zh/still',
  'app/zh/zh-fonts.css',
  'components/views/still-view.tsx',
  'app/styles/base.css',
  'app/styles/map.css',
  'app/styles/still.css',
  'components/map',
  'components/still',
  'lib/dom',
  'lib/map',
  'lib/site',
  'lib/stills',
  'lib/story',
  'lib/navigation/step-hash.ts',
] as const;

/** The packages whose versions decide how a still looks (the browser's is noted, not hashed). */
export const RENDERER_PACKAGES = [
  '@deck.gl/core',
  '@deck.gl/layers',
  '@deck.gl/mapbox',
  '@fontsource/noto-sans',
  '@fontsource/source-serif-4',
  '@luma.gl/core',
  '@luma.gl/webgl',
  '@vis.gl/react-maplibre',
  'maplibre-gl',
] as const;

function shortHash(parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Every file under `target` (or `target` itself), sorted, tests left out: they draw nothing. */
function filesUnder(root: string, target: string): string[] {
  const full = path.join(root, target);
  if (!statSync(full).isDirectory()) return [target];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => path.posix.join(target, name.split(path.sep).join('/')))
    .filter((name) => statSync(path.join(root, name)).isFile() && !/\.test\.tsx?$/.test(name))
    .sort();
}

function hashFiles(root: string, targets: readonly string[]): string {
  const files = targets.flatMap((target) => filesUnder(root, target));
  return shortHash(files.flatMap((file) => [file, readFileSync(path.join(root, file))]));
}

/**
 * The files behind a scene's data. Fact tables are built from `content/facts/` at every build
 * (their JSON is not committed), so their sources and their builder stand for them.
 */
function dataSources(step: Step): string[] {
  const scene = sceneFor(step);
  const files = datasetsFor(scene).map((id) => {
    const file: string = DATASETS[id];
    return file.startsWith('facts/')
      ? `content/${file.replace(/\.json$/, '.yaml')}`
      : `public/data/${file}`;
  });
  if (files.some((file) => file.startsWith('content/facts/')))
    files.push('scripts/build-facts.ts', 'lib/facts');
  if (usesTerrain(scene)) files.push('public/data/terrain');
  return files;
}

function installedVersion(root: string, pkg: string): string {
  const json: unknown = JSON.parse(
    readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8'),
  );
  const version =
    typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  if (typeof version !== 'string') throw new Error(`stills: ${pkg} has no version`);
  return `${pkg}@${version}`;
}

/** What the still page writes over the map for a step: title band and position. */
export function stillText(story: Story, step: Step): string[] {
  return [
    story.meta.title,
    step.title ?? story.meta.title,
    `${step.index + 1}/${story.steps.length}`,
  ];
}

/** The shared parts, computed once per run: the code and the renderers are every still's. */
export function sharedInputs(root: string): Pick<StillInputs, 'style' | 'renderers'> {
  return {
    style: hashFiles(root, RENDERER_SOURCES),
    renderers: shortHash(RENDERER_PACKAGES.map((pkg) => installedVersion(root, pkg))),
  };
}

/** Everything one step's stills are made from, in an edition. */
export function stillInputs(
  root: string,
  story: Story,
  step: Step,
  edition: Edition,
  shared: Pick<StillInputs, 'style' | 'renderers'> = sharedInputs(root),
): StillInputs {
  const scene = sceneFor(step);
  return {
    scene: shortHash([JSON.stringify({ scene, legend: legendFor(scene), sizes: STILL_SIZES })]),
    text: shortHash([edition, ...stillText(story, step)]),
    style: shared.style,
    data: hashFiles(root, dataSources(step)),
    renderers: shared.renderers,
  };
}
