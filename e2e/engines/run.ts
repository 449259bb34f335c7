import path from 'node:path';
import { serveFolder } from '../../scripts/bench/server';
import { ENGINE_CHECKS, runCheck, type EngineCheck } from './checks';
import type { OpenPage } from './engine-page';
import { openFirefoxPage } from './firefox';
import { openWebKitPage } from './webkit';

/**
 * The cross-engine suite: what a reader does (scroll every step, follow a deep link, present
 * with keys, read without WebGL) in Firefox and WebKit, against the built export (`out/`).
 * Both engines need a display for WebGL: run under xvfb-run (`npm run test:engines`).
 * E2E_ORIGIN points it at a server already serving the export; otherwise it serves `out/`.
 * `--engine firefox` or `--engine webkit` runs one.
 */
const ENGINES: Record<string, OpenPage> = { firefox: openFirefoxPage, webkit: openWebKitPage };

function chosenEngines(argv: readonly string[]): string[] {
  const at = argv.indexOf('--engine');
  if (at === -1) return Object.keys(ENGINES);
  const name = argv[at + 1] ?? '';
  if (!(name in ENGINES)) {
    throw new Error(`unknown engine "${name}": choose one of ${Object.keys(ENGINES).join(', ')}`);
  }
  return [name];
}

/**
 * The browser itself went away (WebKitGTK's web process crashing or judged hung under a
 * loaded machine's software GL): a fact about the engine's process, not an answer from the
 * page. Such a check runs once more in a new browser, and says so; an assertion that fails
 * is never retried.
 */
const BROWSER_GONE = /page crash or hang|session deleted|browser has disconnected|target closed/i;

async function runWithCrashRetry(
  check: EngineCheck,
  open: OpenPage,
  origin: string,
): Promise<void> {
  try {
    await runCheck(check, open, origin);
  } catch (error) {
    if (!BROWSER_GONE.test(String(error))) throw error;
    console.log(`    ↻ the browser went away (${String(error).slice(0, 120)}); once more`);
    await runCheck(check, open, origin);
  }
}

const engines = chosenEngines(process.argv.slice(2));
const server = process.env.E2E_ORIGIN
  ? { origin: process.env.E2E_ORIGIN, close: () => undefined }
  : await serveFolder(path.resolve('out'));
let passed = 0;
let failed = 0;

/** One engine's checks, one after another, each in a browser of its own. */
async function runEngine(engine: string, open: OpenPage, origin: string): Promise<void> {
  for (const check of ENGINE_CHECKS) {
    const started = Date.now();
    try {
      await runWithCrashRetry(check, open, origin);
      passed += 1;
      console.log(
        `  ✓ ${engine} › ${check.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    } catch (error) {
      failed += 1;
      console.log(`  ✘ ${engine} › ${check.name}\n    ${String(error)}`);
    }
  }
}

try {
  // The engines side by side: each is one browser at a time, and a machine has cores for two.
  await Promise.all(
    engines.map((engine) => {
      const open = ENGINES[engine];
      return open ? runEngine(engine, open, server.origin) : undefined;
    }),
  );
} finally {
  server.close();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
