import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** The installed `serve` package's command (the one `npm run serve` and the e2e tests use). */
function serveBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('serve/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(manifest), bin.serve ?? 'build/main.js');
}

async function waitUntilUp(origin: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the static server did not answer on ${origin}`);
}

export interface StaticServer {
  readonly origin: string;
  close(): void;
}

/** Serves a folder on a free local port with `serve` (gzip on, as a static host would). */
export async function serveFolder(dir: string): Promise<StaticServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      serveBin(),
      dir,
      '--listen',
      `tcp://127.0.0.1:${port}`,
      '--no-clipboard',
      '--no-request-logging',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(origin, 15_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  return { origin, close: () => child.kill() };
}
