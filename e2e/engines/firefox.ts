import puppeteer, { type Page } from 'puppeteer-core';
import type { EnginePage, OpenPage } from './engine-page';

/** Debian's Firefox ESR; FIREFOX_PATH overrides it. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox prefs: no background traffic to outside hosts (captive-portal and connectivity
 * probes, updates, telemetry, safe browsing), and WebGL on or off for the check at hand.
 * Firefox draws WebGL only with a display, so it runs headed under xvfb-run, not headless.
 */
function prefs(webgl: boolean): Record<string, unknown> {
  return {
    'webgl.disabled': !webgl,
    'webgl.force-enabled': webgl,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.newtabpage.enabled': false,
    'extensions.update.enabled': false,
    'media.gmp-manager.url': '',
  };
}

/** Firefox over WebDriver BiDi (puppeteer-core), one browser per page. */
export const openFirefoxPage: OpenPage = async ({ origin, viewport, webgl }) => {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: false,
    defaultViewport: viewport,
    extraPrefsFirefox: prefs(webgl),
  });
  const page: Page = await browser.newPage();
  const problems: string[] = [];
  const host = new URL(origin).host;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== host) {
      problems.push(`request to another host: ${request.url()}`);
    }
  });
  const enginePage: EnginePage = {
    async goto(path) {
      await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    },
    // The page's value crosses as JSON; the caller names the shape it asked for.
    evaluate: async <T>(expression: string) => (await page.evaluate(expression)) as T,
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    problems: async () => problems,
    close: () => browser.close(),
  };
  return enginePage;
};
