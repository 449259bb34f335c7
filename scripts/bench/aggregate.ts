import type { LongTaskFigures } from './long-task-figures';
import { summarizeSteps } from './per-step';
import type { Profile } from './profiles';
import type { PaintTimings } from './probes';
import type { ProfileResult } from './results';
import type { StoryVisit } from './sessions';
import { ratioOf, summarize } from './stats';

/** What one profile measured in each run; a run that failed leaves null. */
export interface ProfileRuns {
  readonly profile: Profile;
  readonly plain: (PaintTimings | null)[];
  /** Timed passes: how long the long tasks were. */
  readonly story: (StoryVisit | null)[];
  /** One profiled pass: what took the long tasks (its own timings are inflated by the profiler). */
  profiled: StoryVisit | null;
}

/** The most frequent value, for "what was the LCP element" across runs. */
function mostCommon(values: readonly (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function paintsOf(runs: readonly (PaintTimings | null | undefined)[]) {
  return {
    fcp: summarize(runs.map((run) => run?.fcp)),
    lcp: summarize(runs.map((run) => run?.lcp)),
    lcpElement: mostCommon(runs.map((run) => run?.lcpElement)),
  };
}

/** The source files of our code in its largest slice of a task, to say what to look at. */
function worstSources(tasks: LongTaskFigures | null): [string, number][] {
  return (tasks?.oursLargestSliceSources ?? []).slice(0, 5).map(([file, ms]) => [file, ms]);
}

/**
 * How long the long tasks were, from the timed passes; what took them, from the profiled pass
 * (whose blocking time is given apart, to show what the profiler itself costs).
 */
function longTasksOf(
  visits: readonly (StoryVisit | null)[],
  profiled: StoryVisit | null,
): ProfileResult['longTasks'] {
  const measured = visits.map((visit) => visit?.longTasks ?? null);
  const attributed = profiled?.longTasks ?? null;
  if (!measured.some((tasks) => tasks !== null) && !attributed) return null;
  return {
    count: summarize(measured.map((tasks) => tasks?.count)),
    totalBlockingTime: summarize(measured.map((tasks) => tasks?.totalBlockingTime)),
    longest: summarize(measured.map((tasks) => tasks?.longest)),
    profiledTotalBlockingTime: summarize([attributed?.totalBlockingTime]),
    oursCount: summarize([attributed?.ours.count]),
    oursLongest: summarize([attributed?.ours.longest]),
    oursLargestSlice: summarize([attributed?.oursLargestSlice]),
    oursWorstSources: worstSources(attributed),
    mixedCount: summarize([attributed?.mixed.count]),
    shares: { ...(attributed?.shares ?? {}) },
    owners: { ...(attributed?.owners ?? {}) },
    attribution: attributed?.attribution ?? 'not measured',
    scrollSeconds: summarize(visits.map((visit) => visit?.scrollSeconds)),
    reachedEnd: visits.flatMap((visit) => (visit?.reachedEnd == null ? [] : [visit.reachedEnd])),
  };
}

/** One profile's figures over all runs: medians, spreads and per-run ratios. */
export function aggregateProfile(runs: ProfileRuns): ProfileResult {
  const storyPaints = runs.story.map((visit) => visit?.paints ?? null);
  return {
    description: runs.profile.description,
    paint: {
      story: paintsOf(storyPaints),
      plain: paintsOf(runs.plain),
      fcpRatio: ratioOf(
        storyPaints.map((paints) => paints?.fcp),
        runs.plain.map((paints) => paints?.fcp),
      ),
      lcpRatio: ratioOf(
        storyPaints.map((paints) => paints?.lcp),
        runs.plain.map((paints) => paints?.lcp),
      ),
    },
    firstSettle: summarize(runs.story.map((visit) => visit?.firstSettle)),
    prepared: summarize(runs.story.map((visit) => visit?.prepared)),
    longTasks: longTasksOf(runs.story, runs.profiled),
    frameP95: summarize(runs.story.map((visit) => visit?.frameP95)),
    steps: summarizeSteps(
      runs.story.flatMap((visit) => (visit?.steps ? [visit.steps] : [])),
      runs.profiled?.steps ?? [],
    ),
  };
}
