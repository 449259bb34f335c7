import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import type { EditionOptions } from './e2e/support/edition';

/**
 * Browser tests run against the static export (`out/`), served the way a reader gets it.
 * Chromium: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium where it exists, else
 * Playwright's own browser (`npx playwright install chromium`).
 */
export const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Software WebGL for headless runs, and no background traffic to outside hosts. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** What differs on a phone: layout, touch, axe at phone size, the still fallback. */
const PHONE_SPECS = /(?:^|[\\/])(story-engine|accessibility|no-webgl|offline|scenes)\.spec\.ts$/;

/**
 * The specs of what a reader of either edition sees and does (the story, its keys, the
 * presentation, sharing, the stills, print, axe): run again on `/zh/`, with its words.
 */
const EDITION_SPECS =
  /(?:^|[\\/])(story-engine|accessibility|reading|sharing|present|present-fit|no-webgl|print|resilience)\.spec\.ts$/;

const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  // Layout and touch are a phone's; one device pixel per CSS pixel keeps software WebGL
  // (four times the pixels at 2x) from dominating the run.
  deviceScaleFactor: 1,
};
const DESKTOP = { viewport: { width: 1280, height: 800 } };

export default defineConfig<EditionOptions>({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: 2,
  // In CI a test that fails and then passes is reported as flaky (named in the output, to be
  // fixed), rather than failing a run for software WebGL's timing on a loaded machine.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // Recording a trace costs every test about 4 % (its screencast and snapshots). In CI only a
    // failed test's retry records one: the second run of a failure, or the passing run of a
    // flaky test, whose first failure the report still shows.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx serve out --listen ${PORT} --no-clipboard --no-request-logging`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
  projects: [
    { name: 'desktop', use: DESKTOP },
    // Keys, presentation, embedding and sharing are the same code on a phone: tested once.
    { name: 'phone', testMatch: PHONE_SPECS, use: PHONE },
    {
      name: 'zh-desktop',
      testMatch: EDITION_SPECS,
      // Tests that read no words and take no edition's branch run in English only.
      grepInvert: /@same-in-every-edition/,
      use: { ...DESKTOP, edition: 'zh' },
    },
    {
      name: 'zh-phone',
      // What a phone changes for Chinese text: its layout and axe (accessibility) and the
      // portrait stills (no-webgl). Scrolling and touch are the same code as in English.
      testMatch: /(?:^|[\\/])(accessibility|no-webgl)\.spec\.ts$/,
      use: { ...PHONE, edition: 'zh' },
    },
  ],
});
