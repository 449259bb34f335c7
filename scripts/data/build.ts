/**
 * The map-data build: `npm run data` (all datasets) or `npm run data -- rivers terrain`.
 * Inputs come from npm packages in node_modules and from Debian packages fetched once with
 * `apt-get download` into `.data-cache/`; outputs go to `public/data/` and are committed, so
 * building the site needs neither apt nor this script. See public/data/README.md.
 */
import { budgetSummary, checkBudgets, measureDataDir, overBudget } from './budget';
import { buildCountries } from './countries';
import { buildDistricts } from './districts';
import { buildFactsDataset } from './facts';
import { formatBytes, type OutputReport } from './output';
import { OUT_DIR } from './paths';
import { buildPrefectures } from './prefectures';
import { buildProvinces } from './provinces';
import { buildRelief } from './relief';
import { buildRivers } from './rivers';
import { buildTerrain } from './terrain';
import { buildUrbanAreas } from './urban-areas';

type Step = () => Promise<OutputReport | OutputReport[]> | OutputReport | OutputReport[];

/**
 * In order: terrain reads guizhou.json (provinces), rivers read the facts tables, relief reads
 * the terrain tiles.
 */
const DATASETS: readonly { name: string; run: Step }[] = [
  { name: 'countries', run: buildCountries },
  { name: 'provinces', run: buildProvinces },
  { name: 'prefectures', run: buildPrefectures },
  { name: 'districts', run: buildDistricts },
  { name: 'urban-areas', run: buildUrbanAreas },
  { name: 'facts', run: buildFactsDataset },
  { name: 'rivers', run: buildRivers },
  { name: 'terrain', run: buildTerrain },
  { name: 'relief', run: buildRelief },
];

const pad = (text: string | number, width: number) => String(text).padStart(width);

async function main(): Promise<void> {
  const started = performance.now();
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !DATASETS.some((d) => d.name === name));
  if (unknown.length > 0)
    throw new Error(
      `unknown dataset ${unknown.join(', ')}; known: ${DATASETS.map((d) => d.name).join(', ')}`,
    );
  const features = new Map<string, number>();
  for (const dataset of DATASETS) {
    if (wanted.length > 0 && !wanted.includes(dataset.name)) continue;
    const t0 = performance.now();
    const result = await dataset.run();
    const reports = Array.isArray(result) ? result : [result];
    reports.forEach((r) => features.set(r.file, r.features));
    const sum = (key: 'features' | 'rawBytes' | 'gzipBytes') =>
      reports.reduce((s, r) => s + r[key], 0);
    console.log(
      `${dataset.name.padEnd(12)} ${pad(reports.length, 3)} file(s) ${pad(sum('features'), 5)} features ` +
        `${pad(formatBytes(sum('rawBytes')), 10)} raw ${pad(formatBytes(sum('gzipBytes')), 10)} gzip ` +
        `${pad(((performance.now() - t0) / 1000).toFixed(1), 5)} s`,
    );
  }

  // The summary measures everything in public/data, built now or before.
  const files = measureDataDir(OUT_DIR);
  const isTile = (f: { file: string }) => /\.(png|webp)$/.test(f.file);
  const tiles = (folder: string) =>
    files.filter((f) => isTile(f) && f.file.startsWith(`${folder}/`));
  const tileRow = (folder: string, pattern: string) => {
    const all = tiles(folder);
    return {
      file: `${pattern} (${all.length} tiles)`,
      rawBytes: all.reduce((s, f) => s + f.rawBytes, 0),
      gzipBytes: all.reduce((s, f) => s + f.gzipBytes, 0),
      features: undefined,
    };
  };
  const rows = [
    ...files.filter((f) => !isTile(f)).map((f) => ({ ...f, features: features.get(f.file) })),
    tileRow('terrain', 'terrain/{z}/{x}/{y}.png'),
    tileRow('relief', 'relief/{z}/{x}/{y}.webp'),
  ];
  console.log(`\n${'file'.padEnd(40)} ${pad('features', 8)} ${pad('raw', 10)} ${pad('gzip', 10)}`);
  for (const row of rows) {
    console.log(
      `${row.file.padEnd(40)} ${pad(row.features ?? '', 8)} ${pad(formatBytes(row.rawBytes), 10)} ${pad(formatBytes(row.gzipBytes), 10)}`,
    );
  }
  const budget = checkBudgets(files);
  const raw = files.reduce((s, f) => s + f.rawBytes, 0);
  console.log(
    `${'total'.padEnd(40)} ${pad('', 8)} ${pad(formatBytes(raw), 10)} ${pad(formatBytes(budget.totalGzip), 10)}`,
  );
  console.log(budgetSummary(budget));
  console.log(`data build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const over = overBudget(budget);
  if (over.length > 0) {
    throw new Error(
      `over the byte budget (issue #3) for ${over.join(' and ')}: simplify more or cut a dataset`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
