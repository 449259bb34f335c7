/**
 * `npm run bench`: builds (or reuses) the static export, serves it, drives Debian's Chromium
 * and prints one table of figures, each the median of several runs, against two references
 * measured in the same runs: a plain page with the same first screen (the floor) and the story.
 * Also saved as bench-results/bench-<timestamp>.json. Timings on software WebGL are
 * pessimistic: read ratios, counts and bytes. Exits 0 unless something could not be measured.
 */
import { chromium } from '@playwright/test';
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadStory } from '../../lib/content/load-story';
import { executablePath } from '../../playwright.config';
import { filesUnder, initialScripts } from '../budgets/measure';
import { aggregateProfile, type ProfileRuns } from './aggregate';
import { parseBenchArgs, USAGE } from './args';
import { createAttributor } from './attribution';
import { inSession } from './browser';
import { evaluateBudgets } from './budgets';
import { measureBytes } from './bytes';
import { buildMappedCopy, ensureExport, MAPPED_COPY_DIR, OUT_DIR } from './export-dir';
import { heapAfterPasses } from './heap';
import { runLighthouse } from './lighthouse';
import { writePlainPage } from './plain-page';
import { DESKTOP, PHONE, type Profile } from './profiles';
import { resultFileName, saveResult, type BenchResult } from './results';
import { serveFolder } from './server';
import { deepLinkSettle, plainPaints, visitStory, type StoryVisit } from './sessions';
import { ratioOf, summarize } from './stats';
import { formatTable, HEADER, resultRows } from './table';

const options = (() => {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
})();
if (options === 'help') {
  console.log(USAGE);
  process.exit(0);
}

const started = new Date();
const errors: string[] = [];
const log = (message: string) =>
  console.log(`[${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Runs one measurement; a failure is noted and leaves null, so the others still run. */
async function attempt<T>(what: string, measure: () => Promise<T>): Promise<T | null> {
  log(what);
  try {
    return await measure();
  } catch (error) {
    const message = `${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    errors.push(message);
    console.error(`  failed: ${message}`);
    return null;
  }
}

const built = ensureExport(options.build) === 'built';
if (options.sourceMaps) buildMappedCopy();
// Bytes are always those of out/, what ships. With --source-maps the browser runs the mapped
// copy: the same code with its maps beside it, so main-thread time maps to source files.
const bytes = measureBytes(OUT_DIR);
const servedDir = options.sourceMaps ? MAPPED_COPY_DIR : OUT_DIR;
const storyHtml = readFileSync(path.join(servedDir, 'index.html'), 'utf8');
const plain = writePlainPage(servedDir, storyHtml);
const server = await serveFolder(servedDir);
const cleanUp = () => {
  server.close();
  plain.remove();
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  const { origin } = server;
  const steps = loadStory().steps.map((step) => ({ id: step.id, scene: step.scene }));
  const lastStep = steps.at(-1);
  if (!lastStep) throw new Error('the story has no steps');
  const attributor = createAttributor({
    outDir: servedDir,
    origin,
    initialScripts: initialScripts(storyHtml),
  });
  const probe = await chromium.launch({ executablePath });
  const chromiumVersion = probe.version();
  await probe.close();
  log(`Serving ${servedDir}/ at ${origin}; Chromium ${chromiumVersion}; ${options.runs} run(s)`);

  const runsOf = (profile: Profile): ProfileRuns => ({
    profile,
    plain: [],
    story: [],
    profiled: null,
  });
  const desktop = runsOf(DESKTOP);
  const phone = runsOf(PHONE);
  const deepLinks: (number | null)[] = [];
  const tracesDir = path.join(
    'bench-results',
    'traces',
    resultFileName(started).replace(/\.json$/, ''),
  );
  const traceFile = (profile: Profile) =>
    options.saveTraces ? path.join(tracesDir, `${profile.name}-profiled.json`) : null;
  for (let run = 1; run <= options.runs; run += 1) {
    const tag = `run ${run}/${options.runs}`;
    // The plain page and the story, on one profile, each adding its result to `into`.
    const pageVisits = (profile: Profile, into: typeof desktop) => [
      async () =>
        into.plain.push(
          await attempt(`${tag} ${profile.name}: plain page`, () =>
            plainPaints(profile, `${origin}${plain.path}`),
          ),
        ),
      async () =>
        into.story.push(
          await attempt(`${tag} ${profile.name}: story, then scroll`, () =>
            visitStory(profile, origin, steps, attributor),
          ),
        ),
    ];
    const desktopVisits = [
      ...pageVisits(DESKTOP, desktop),
      async () =>
        deepLinks.push(
          await attempt(`${tag} desktop: deep link /#${lastStep.id}`, () =>
            deepLinkSettle(DESKTOP, origin, lastStep),
          ),
        ),
    ];
    // Alternate the order, so neither reference always goes first.
    for (const visits of [desktopVisits, pageVisits(PHONE, phone)]) {
      for (const visit of run % 2 ? visits : [...visits].reverse()) await visit();
    }
  }

  // One more pass per size with the CPU profiler on, to say what took the long tasks; the timed
  // passes above say how long they were (the profiler lengthens them).
  for (const into of [desktop, phone]) {
    const { profile } = into;
    into.profiled = await attempt(`${profile.name}: story, then a profiled scroll`, () =>
      visitStory(profile, origin, steps, attributor, {
        profiled: true,
        traceFile: traceFile(profile),
      }),
    );
  }

  const heapProfile = DESKTOP;
  const heap = await attempt(
    `heap: ${options.passes} passes, ${heapProfile.name}, reduced motion`,
    () =>
      inSession(heapProfile, { reducedMotion: true }, (session) =>
        heapAfterPasses(session, `${origin}/`, steps, options.passes),
      ),
  );
  // The mobile preset also audits the plain page: the score a page with no framework and no
  // map gets on this machine, the ceiling for the story's.
  const audits = [
    { preset: 'mobile', page: 'story', url: `${origin}/` },
    { preset: 'mobile', page: 'plain', url: `${origin}${plain.path}` },
    { preset: 'desktop', page: 'story', url: `${origin}/` },
  ] as const;
  const lighthouse = [];
  if (options.lighthouse) {
    for (const { preset, page, url } of audits) {
      const result = await attempt(`Lighthouse, ${preset} preset, ${page} page`, () =>
        runLighthouse(url, preset, page),
      );
      if (result) lighthouse.push(result);
    }
  }

  const visits = desktop.story.filter((visit): visit is StoryVisit => visit !== null);
  const allVisits = [
    ...visits,
    ...phone.story.filter((visit): visit is StoryVisit => visit !== null),
  ];
  const hosts: Record<string, number> = {};
  for (const visit of allVisits) {
    for (const [host, n] of Object.entries((visit.fullPass ?? visit.firstLoad).hosts)) {
      hosts[host] = (hosts[host] ?? 0) + n;
    }
  }
  const dataFilesTotal = filesUnder(path.join(OUT_DIR, 'data')).filter(
    (file) => !file.endsWith('README.md'),
  ).length;
  const measured: Omit<BenchResult, 'budgets'> = {
    schema: 'guizhou-story-bench/1',
    startedAt: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
    environment: { node: process.version, chromium: chromiumVersion, cpus: cpus().length },
    options,
    exportDir: { path: servedDir, built },
    bytes,
    requests: {
      firstLoad: summarize(visits.map((visit) => visit.firstLoad.page)),
      fullPass: summarize(visits.map((visit) => visit.fullPass?.page)),
      serviceWorker: summarize(visits.map((visit) => visit.fullPass?.serviceWorker)),
      hosts,
      foreign: [
        ...new Set(allVisits.flatMap((visit) => (visit.fullPass ?? visit.firstLoad).foreign)),
      ],
      dataFilesFetched: summarize(visits.map((visit) => visit.dataFiles.length)),
      dataFilesTotal,
    },
    profiles: { desktop: aggregateProfile(desktop), phone: aggregateProfile(phone) },
    deepLink: {
      step: lastStep.id,
      firstStep: summarize(desktop.story.map((visit) => visit?.firstSettle)),
      lastStep: summarize(deepLinks),
      ratio: ratioOf(
        deepLinks,
        desktop.story.map((visit) => visit?.firstSettle),
      ),
    },
    heap: heap && {
      profile: heapProfile.description,
      passes: heap.passes,
      afterOne: heap.afterOne,
      afterAll: heap.afterAll,
      ratio: heap.afterAll / heap.afterOne,
      passSeconds: [...heap.passSeconds],
      method: heap.method,
      idleBusyShare: heap.idleBusyShare,
    },
    lighthouse: options.lighthouse ? lighthouse : null,
    errors,
  };
  const result: BenchResult = { ...measured, budgets: evaluateBudgets(measured) };
  console.log(`\n${formatTable(HEADER, resultRows(result))}\n`);
  if (errors.length) console.log(`Could not measure:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  console.log(`Saved ${saveResult('bench-results', result)} (${result.durationSeconds} s)`);
  if (options.saveTraces) console.log(`Scroll traces in ${tracesDir}/`);
  const missing =
    result.budgets.some((budget) => budget.verdict === 'not measured') && errors.length > 0;
  process.exitCode = missing ? 1 : 0;
} finally {
  cleanUp();
}
