/**
 * One page in a browser engine other than Chromium, driven the way that engine allows
 * (Firefox over WebDriver BiDi, WebKitGTK over classic WebDriver). The checks in
 * `checks.ts` see only this, so they read the same in every engine.
 */
export interface EnginePage {
  /** Opens `path` on the served export, as a new page load. */
  goto(path: string): Promise<void>;
  /** The value of a JavaScript expression in the page (JSON-serialisable). */
  evaluate<T>(expression: string): Promise<T>;
  /** Presses and releases one key (a `KeyboardEvent.key` name, e.g. 'ArrowRight' or 'j'). */
  press(key: string): Promise<void>;
  /** What must never happen, as far as the engine reports it: errors, requests elsewhere. */
  problems(): Promise<readonly string[]>;
  close(): Promise<void>;
}

export interface PageOptions {
  readonly origin: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /** A browser without WebGL, as on some old or locked-down school machines. */
  readonly webgl: boolean;
}

/** Opens a page in one engine. */
export type OpenPage = (options: PageOptions) => Promise<EnginePage>;

/**
 * Waits until `expression` is true in the page, asking again each tenth of a second: the app
 * exposes its state (the active step, the map settled on a scene), so no fixed sleep is needed.
 * On time-out, says what it waited for and what `describe` read last.
 */
export async function waitUntil(
  page: EnginePage,
  expression: string,
  what: string,
  timeout = 60_000,
  describe = `document.querySelector('[data-map-scene]')?.outerHTML.slice(0, 200) ?? 'no map pane'`,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.evaluate<boolean>(`Boolean(${expression})`)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seen = await page.evaluate<string>(describe).catch((error: unknown) => String(error));
  throw new Error(
    `timed out after ${timeout / 1000} s waiting for ${what}; the page shows ${seen}`,
  );
}
