import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadStory } from '../../lib/content/load-story';
import { DATASETS } from '../../lib/map/datasets';
import { datasetsFor } from '../../lib/map/scene-needs';
import { sceneFor } from '../../lib/story/scene-for';
import { SCENE_IDS, type SceneId } from '../../lib/story/scenes';
import { filesUnder, gzipSize, initialScripts, lazyChunks } from '../budgets/measure';

/** Bytes (gzip -9, as `npm run budgets` counts them) of what the story loads. */
export interface ByteFigures {
  readonly jsBeforeMap: number;
  readonly mapCode: number;
  readonly dataAll: number;
  readonly dataPerScene: Readonly<Record<string, number>>;
  readonly firstSceneData: number;
  readonly scriptsBeforeMap: number;
  readonly mapChunks: number;
}

const sum = (files: readonly string[]) => files.reduce((total, file) => total + gzipSize(file), 0);

/** The same sums as scripts/budgets/check.ts, from its helpers. */
export function measureBytes(outDir: string): ByteFigures {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const initialUrls = initialScripts(html);
  const initial = initialUrls.map((url) =>
    path.join(outDir, url.replace(/^.*?\/_next\//, '_next/')),
  );
  const mapChunks = lazyChunks(outDir, initialUrls);
  const dataFile = (file: string) => path.join(outDir, 'data', file);
  const dataFiles = filesUnder(path.join(outDir, 'data')).filter(
    (file) => !file.endsWith('README.md'),
  );
  const sceneBytes = (scene: SceneId) =>
    sum(datasetsFor(sceneFor({ scene })).map((id) => dataFile(DATASETS[id])));
  const firstStep = loadStory().steps[0];
  if (!firstStep) throw new Error('the story has no steps');
  return {
    jsBeforeMap: sum(initial),
    mapCode: sum(mapChunks),
    dataAll: sum(dataFiles),
    dataPerScene: Object.fromEntries(SCENE_IDS.map((id) => [id, sceneBytes(id)])),
    firstSceneData: sceneBytes(firstStep.scene),
    scriptsBeforeMap: initial.length,
    mapChunks: mapChunks.length,
  };
}
