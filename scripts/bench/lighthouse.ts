import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, executablePath } from '../../playwright.config';
import { freePort } from './server';

export type Preset = 'mobile' | 'desktop';

/** The story, or the plain page with its first screen (the floor: no framework, no map). */
export type AuditedPage = 'story' | 'plain';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  readonly preset: Preset;
  readonly page: AuditedPage;
  /** 0–100, or null where Lighthouse could not score the category. */
  readonly scores: Readonly<Record<Category, number | null>>;
  /** Lab metrics in ms (CLS unitless), as Lighthouse computed them. */
  readonly metrics: Readonly<Record<string, number | null>>;
  /** Every scored audit short of full marks: what to fix. */
  readonly failing: { category: Category; id: string; score: number; value: string }[];
  /**
   * The last phase of the map's warm-up (`useWarmUp`, marked `warm-up:<phase>` in the page's
   * timeline) that Lighthouse's trace holds: 'done' when the trace saw all of it; null for a
   * page without one.
   */
  readonly warmUpReached: string | null;
}

/**
 * Lighthouse ends its trace after a second without a long task (its `cpuQuietThresholdMs`).
 * The story's warm-up works in small phases, each after the GPU has caught up, with quiet
 * gaps of up to a second between them: with the default the trace could end half-way, and the
 * blocking of the later phases would go uncounted. Held for 5 s instead, the trace sees them.
 */
const TRACE_QUIET_MS = 5000;
const WARM_UP_MARK = 'warm-up:';

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'speed-index',
  'cumulative-layout-shift',
];

/** The last warm-up phase among the trace's user timing marks. */
function warmUpReached(lhr: { audits: Record<string, { details?: unknown }> }): string | null {
  const details = lhr.audits['user-timings']?.details as
    { items?: { name?: string; startTime?: number }[] } | undefined;
  const marks = (details?.items ?? [])
    .filter((item) => item.name?.startsWith(WARM_UP_MARK))
    .sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0));
  return marks.at(-1)?.name?.slice(WARM_UP_MARK.length) ?? null;
}

/**
 * Lighthouse 12 on Debian's Chromium with the project's switches: the bench launches the
 * browser (with a DevTools port) and Lighthouse drives it, so CHROME_PATH is not needed.
 * The presets are Lighthouse's own: mobile (the default config, simulated Slow 4G and 4x CPU)
 * and desktop, each with the trace held until the page has been quiet for 5 s
 * (`TRACE_QUIET_MS`).
 */
export async function runLighthouse(
  url: string,
  preset: Preset,
  page: AuditedPage,
): Promise<LighthouseResult> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const held = { cpuQuietThresholdMs: TRACE_QUIET_MS };
    const result = await lighthouse(
      url,
      { port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
      preset === 'desktop'
        ? { ...desktopConfig, settings: { ...desktopConfig.settings, ...held } }
        : { extends: 'lighthouse:default', settings: held },
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    ) as Record<Category, number | null>;
    const failing = CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => ({ category, audit: lhr.audits[ref.id] }))
        .filter(({ audit }) => audit && typeof audit.score === 'number' && audit.score < 1)
        .map(({ category: of, audit }) => ({
          category: of,
          id: audit?.id ?? '',
          score: audit?.score ?? 0,
          value: audit?.displayValue ?? '',
        })),
    );
    const metrics = Object.fromEntries(
      METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null]),
    );
    return { preset, page, scores, metrics, failing, warmUpReached: warmUpReached(lhr) };
  } finally {
    await browser.close();
  }
}
