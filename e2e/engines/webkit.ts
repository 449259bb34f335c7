import { spawn } from 'node:child_process';
import { freePort } from '../../scripts/bench/server';
import type { EnginePage, OpenPage } from './engine-page';

/** WebKitGTK's MiniBrowser (Debian's libwebkit2gtk-4.1); WEBKIT_BROWSER_PATH overrides it. */
export const MINIBROWSER_PATH =
  process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Classic WebDriver's codes for the keys the checks press (the W3C spec's key table). */
const KEY_CODES: Record<string, string> = {
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Escape: '\uE00C',
};

/**
 * Asks a WebDriver endpoint; a WebDriver error (its `value.error`) becomes a thrown Error with
 * the driver's own message. Classic WebDriver is a few JSON requests, so a client library
 * (which would also bring downloaders for drivers of other browsers) is not worth its install.
 */
async function call<T>(url: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok || answer.value?.error) {
    // The error code too: WebKitWebDriver's message is sometimes empty.
    const { error = 'error', message } = answer.value ?? {};
    throw new Error(`WebDriver ${method} ${url}: ${error} (${response.status}) ${message ?? ''}`);
  }
  return answer.value as T;
}

/**
 * WebKitWebDriver's answer when the page's reply to a script got lost on its way back (seen
 * once in a loaded run, mid-walk): a fact about the driver, not about the page.
 */
const REPLY_LOST = /could not parse script result/i;

/** Runs a script in the page; once more if the driver lost the page's reply. */
async function runScript<T>(session: string, script: string): Promise<T> {
  const body = { script, args: [] };
  try {
    return await call<T>(`${session}/execute/sync`, 'POST', body);
  } catch (error) {
    if (!REPLY_LOST.test(String(error))) throw error;
    return call<T>(`${session}/execute/sync`, 'POST', body);
  }
}

async function startDriver(): Promise<{ endpoint: string; stop: () => void }> {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => {
    driver.once('error', (error) =>
      reject(
        new Error(`WebKitWebDriver did not start (is webkit2gtk-driver installed?)`, {
          cause: error,
        }),
      ),
    );
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      try {
        if ((await call<{ ready: boolean }>(`${endpoint}/status`, 'GET')).ready) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`WebKitWebDriver did not answer on ${endpoint}`);
  })();
  try {
    await Promise.race([ready, failed]);
  } catch (error) {
    driver.kill();
    throw error;
  }
  return { endpoint, stop: () => driver.kill() };
}

/**
 * WebKitGTK's MiniBrowser over classic WebDriver (WebKitWebDriver), one browser per page. It
 * needs a display: run it under xvfb-run. MiniBrowser takes WebKit settings as switches, so
 * `--enable-webgl=false` makes the browser without WebGL.
 */
export const openWebKitPage: OpenPage = async ({ origin, viewport, webgl }) => {
  const { endpoint, stop } = await startDriver();
  try {
    const { sessionId } = await call<{ sessionId: string }>(`${endpoint}/session`, 'POST', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': {
            binary: MINIBROWSER_PATH,
            args: ['--automation', `--enable-webgl=${webgl}`],
          },
        },
      },
    });
    const session = `${endpoint}/session/${sessionId}`;
    await call(`${session}/window/rect`, 'POST', viewport);
    const host = new URL(origin).host;
    const enginePage: EnginePage = {
      async goto(path) {
        await call(`${session}/url`, 'POST', { url: new URL(path, origin).href });
        // Classic WebDriver has no console events: errors from here on are kept in the page.
        await call(`${session}/execute/sync`, 'POST', {
          script: `window.engineErrors = [];
            addEventListener('error', (event) => window.engineErrors.push(String(event.message)));
            addEventListener('unhandledrejection', (event) => window.engineErrors.push(String(event.reason)));`,
          args: [],
        });
      },
      evaluate: (expression) => runScript(session, `return (${expression});`),
      async press(key) {
        const value = KEY_CODES[key] ?? key;
        await call(`${session}/actions`, 'POST', {
          actions: [
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                { type: 'keyDown', value },
                { type: 'keyUp', value },
              ],
            },
          ],
        });
      },
      async problems() {
        return call<string[]>(`${session}/execute/sync`, 'POST', {
          script: `const host = ${JSON.stringify(host)};
            const elsewhere = performance.getEntriesByType('resource')
              .map((entry) => entry.name)
              .filter((name) => name.startsWith('http') && new URL(name).host !== host)
              .map((name) => 'request to another host: ' + name);
            return [...(window.engineErrors ?? []).map((message) => 'uncaught: ' + message), ...elsewhere];`,
          args: [],
        });
      },
      async close() {
        await call(session, 'DELETE').catch(() => undefined);
        stop();
      },
    };
    return enginePage;
  } catch (error) {
    stop();
    throw error;
  }
};
