/**
 * Byte budgets, checked exactly on the static export (`out/`): bytes do not depend on the
 * machine, so CI can hold them to the byte. Prints a table; exits 1 if a limit is broken.
 * Run after `npm run build`: `npm run budgets`.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadStory } from '../../lib/content/load-story';
import { DATASETS } from '../../lib/map/datasets';
import { datasetsFor } from '../../lib/map/scene-needs';
import { sceneFor } from '../../lib/story/scene-for';
import { SCENE_IDS } from '../../lib/story/scenes';
import { filesUnder, gzipSize, initialScripts, lazyChunks } from './measure';

const KIB = 1024;
/** The issue set this budget in KB: 1,000 bytes. */
const KB = 1000;
const OUT = 'out';

interface Budget {
  readonly name: string;
  readonly bytes: number;
  /** What CI enforces. */
  readonly limit: number;
  /** The goal, where the enforced limit is a ratchet short of it (see README). */
  readonly target?: number;
}

const sum = (files: readonly string[]) => files.reduce((total, file) => total + gzipSize(file), 0);

const html = readFileSync(path.join(OUT, 'index.html'), 'utf8');
const initial = initialScripts(html).map((url) =>
  path.join(OUT, url.replace(/^.*?\/_next\//, '_next/')),
);
const mapChunks = lazyChunks(OUT, initialScripts(html));
const dataFile = (file: string) => path.join(OUT, 'data', file);
const dataFiles = filesUnder(path.join(OUT, 'data')).filter((file) => !file.endsWith('README.md'));

const chineseHtml = readFileSync(path.join(OUT, 'zh', 'index.html'), 'utf8');
const chineseInitial = initialScripts(chineseHtml).map((url) =>
  path.join(OUT, url.replace(/^.*?\/_next\//, '_next/')),
);
// Every Chinese font file together bounds what any one screen of /zh/ can fetch. They are
// woff2, already compressed, so they count as they are served.
const chineseFonts = filesUnder(path.join(OUT, 'fonts', 'zh')).filter((file) =>
  file.endsWith('.woff2'),
);
const rawSize = (files: readonly string[]) =>
  files.reduce((total, file) => total + statSync(file).size, 0);

const firstStep = loadStory().steps[0];
if (!firstStep) throw new Error('the story has no steps');
const firstSceneFiles = datasetsFor(sceneFor(firstStep)).map((id) => dataFile(DATASETS[id]));

const budgets: Budget[] = [
  // Next.js's App Router runtime with React alone is about 132 KiB: the rest is the story's.
  { name: 'JavaScript before the map', bytes: sum(initial), limit: 150 * KB },
  { name: "The map's code, worker included", bytes: sum(mapChunks), limit: 600 * KIB },
  { name: 'All map data', bytes: sum(dataFiles), limit: 1024 * KIB },
  { name: "The first scene's data", bytes: sum(firstSceneFiles), limit: 300 * KIB },
  { name: 'JavaScript before the map, /zh/', bytes: sum(chineseInitial), limit: 150 * KB },
  { name: 'Chinese fonts, every file (woff2)', bytes: rawSize(chineseFonts), limit: 700 * KB },
];

const format = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
console.log('budget (gzip)'.padEnd(36), 'bytes'.padStart(10), 'limit'.padStart(10), ' target');
for (const budget of budgets) {
  const status = budget.bytes <= budget.limit ? 'ok' : 'OVER';
  const target = budget.target
    ? ` (goal ${format(budget.target)}${budget.bytes > budget.target ? `, ${format(budget.bytes - budget.target)} over` : ''})`
    : '';
  console.log(
    budget.name.padEnd(36),
    format(budget.bytes).padStart(10),
    format(budget.limit).padStart(10),
    ` ${status}${target}`,
  );
}
console.log(`(${initial.length} scripts before the map, ${mapChunks.length} chunks for the map)`);

console.log('\ndata per scene (gzip, each scene on its own)');
for (const id of SCENE_IDS) {
  const files = datasetsFor(sceneFor({ scene: id })).map((dataset) => dataFile(DATASETS[dataset]));
  console.log(`  ${id.padEnd(14)} ${format(sum(files)).padStart(10)}`);
}

const inFolder = (folder: string) =>
  dataFiles.filter((file) => file.includes(`${path.sep}${folder}${path.sep}`));
console.log(
  `  (plus elevation and tint tiles for the 3-D plateau, fetched by MapLibre as the view needs them: ${format(sum(inFolder('terrain')))} and ${format(sum(inFolder('relief')))} in all)`,
);

const over = budgets.filter((budget) => budget.bytes > budget.limit);
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((budget) => budget.name).join(', ')}`);
  process.exit(1);
}
