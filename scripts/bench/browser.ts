import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { afterTwoFrames } from '../../e2e/support/frames';
import { CHROMIUM_ARGS, executablePath } from '../../playwright.config';
import type { Profile } from './profiles';

/** A fresh browser with one page, dressed as a profile. */
export interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

export interface SessionOptions {
  readonly reducedMotion?: boolean;
  /** Extra Chromium switches, after the project's own (playwright.config.ts). */
  readonly args?: readonly string[];
}

/**
 * Each session launches its own Chromium (Debian's, with the e2e tests' switches), so no
 * measurement inherits another's warm caches: HTTP, compiled shaders in the GPU process, V8's
 * code cache. The throttling is applied over CDP before the first navigation.
 */
export async function openSession(
  profile: Profile,
  options: SessionOptions = {},
): Promise<Session> {
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
  try {
    const context = await browser.newContext({
      viewport: profile.viewport,
      deviceScaleFactor: profile.deviceScaleFactor,
      isMobile: profile.isMobile,
      hasTouch: profile.hasTouch,
      reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    });
    // A new browser's first frame waits for the GPU process to set up software compositing
    // (about 2 s here, for any page): paint something first, as a running browser has. In a
    // tab of its own: a page navigating away from it tears its compositor down a second
    // later, a main-thread wait of up to 0.4 s here, in the middle of the page measured.
    const warmUp = await context.newPage();
    await warmUp.setContent('<p>warm-up</p>');
    await afterTwoFrames(warmUp);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    }
    if (profile.cpuSlowdown > 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    }
    return { browser, context, page, cdp, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Runs `measure` in a fresh session and always closes it. */
export async function inSession<T>(
  profile: Profile,
  options: SessionOptions,
  measure: (session: Session) => Promise<T>,
): Promise<T> {
  const session = await openSession(profile, options);
  try {
    return await measure(session);
  } finally {
    await session.close();
  }
}
