import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from './budgets';
import { sampleResult } from './sample-result';

const verdictOf = (budgets: ReturnType<typeof evaluateBudgets>, name: RegExp) =>
  budgets.find((budget) => name.test(budget.name))?.verdict;

describe('evaluateBudgets', () => {
  const budgets = sampleResult().budgets;

  it('judges every budget the issue names', () => {
    expect(budgets.map((budget) => budget.name)).toEqual([
      'JavaScript before the map (CI)',
      "The map's code, worker included (CI)",
      'All map data (CI)',
      "The first scene's data (CI)",
      'Requests to other hosts',
      'Story LCP vs the plain page (desktop)',
      'Story LCP vs the plain page (phone)',
      'Lighthouse accessibility',
      'Lighthouse best practices',
      'Lighthouse SEO',
      'Lighthouse performance (mobile preset)',
      'Lighthouse total blocking time (mobile preset)',
      'Lighthouse total blocking time (desktop preset)',
      'Scroll: total blocking time (desktop)',
      'Scroll: longest task (desktop)',
      'Scroll: 95th-percentile frame interval (desktop)',
      'Scroll: total blocking time (phone)',
      'Scroll: longest task (phone)',
      'Scroll: 95th-percentile frame interval (phone)',
      'Deep link to the last step settles vs the first step',
      'Heap after 20 passes vs after one',
      'No long task from our code over 50 ms while scrolling (desktop)',
      'No long task from our code over 50 ms while scrolling (phone)',
    ]);
  });

  it('says met or not met against each target, with the overshoot for bytes', () => {
    const js = budgets[0];
    expect(js?.verdict).toBe('not met');
    expect(js?.target).toBe('≤ 150 KB gzip');
    expect(js?.value).toBe('148.4 KiB (2.0 KiB over)');
    expect(verdictOf(budgets, /LCP.*desktop/)).toBe('met');
    expect(verdictOf(budgets, /LCP.*phone/)).toBe('not met');
    expect(verdictOf(budgets, /accessibility/)).toBe('met');
    expect(verdictOf(budgets, /performance/)).toBe('not met');
    expect(verdictOf(budgets, /Heap/)).toBe('met');
    expect(verdictOf(budgets, /our code.*desktop/)).toBe('met');
    expect(verdictOf(budgets, /Lighthouse total blocking time \(mobile/)).toBe('not met');
    expect(verdictOf(budgets, /Lighthouse total blocking time \(desktop/)).toBe('met');
    expect(verdictOf(budgets, /Scroll: total blocking time \(desktop/)).toBe('not met');
    expect(verdictOf(budgets, /Scroll: 95th.*desktop/)).toBe('met');
  });

  it("judges Lighthouse on the story's audits, never the plain page's", () => {
    // The sample's plain page scores 96 for best practices; the story scores 100 on both presets.
    expect(verdictOf(budgets, /best practices/)).toBe('met');
    const plainOnly = evaluateBudgets({
      ...sampleResult(),
      lighthouse: (sampleResult().lighthouse ?? []).filter((run) => run.page === 'plain'),
    });
    expect(verdictOf(plainOnly, /performance/)).toBe('not measured');
  });

  it('says not measured where a figure is missing, never met', () => {
    const missing = evaluateBudgets({ ...sampleResult(), lighthouse: null, heap: null });
    expect(verdictOf(missing, /SEO/)).toBe('not measured');
    expect(verdictOf(missing, /Heap/)).toBe('not measured');
    expect(verdictOf(missing, /Lighthouse total blocking/)).toBe('not measured');
  });

  it("never passes Lighthouse's blocking time on a trace that ended before the warm-up did", () => {
    const result = sampleResult();
    const cut = (result.lighthouse ?? []).map((run) =>
      run.preset === 'desktop' && run.page === 'story' ? { ...run, warmUpReached: 'flat' } : run,
    );
    const budgets = evaluateBudgets({ ...result, lighthouse: cut });
    const desktop = budgets.find((budget) => /blocking time \(desktop/.test(budget.name));
    expect(desktop?.verdict).toBe('not measured');
    expect(desktop?.value).toMatch(/\(trace ended at flat\)$/);
    const whole = (result.lighthouse ?? []).map((run) => ({ ...run, warmUpReached: 'done' }));
    expect(
      verdictOf(evaluateBudgets({ ...result, lighthouse: whole }), /blocking time \(desktop/),
    ).toBe('met');
  });

  it('needs source maps to clear our code when a long task ran in a mixed chunk', () => {
    const result = sampleResult();
    const desktop = result.profiles.desktop;
    const chunks = {
      ...result,
      profiles: {
        ...result.profiles,
        desktop: {
          ...desktop,
          longTasks: desktop.longTasks && {
            ...desktop.longTasks,
            attribution: 'chunks',
            mixedCount: { median: 3, min: 2, max: 4, n: 5 },
          },
        },
      },
    };
    expect(verdictOf(evaluateBudgets(chunks), /our code.*desktop/)).toBe('not measured');
  });
});
