import type { LongTaskFigures } from './long-task-figures';
import { summarizeSteps } from './per-step';
import type { Profile } from './profiles';
import type { PaintTimings } from './probes';
import type { ProfileResult } from './results';
import type { StoryVisit } from './sessions';
import { median, ratioOf, summarize } from './stats';

/** What one profile measured in each run; a run that failed leaves null. */
export interface ProfileRuns {
  readonly profile: Profile;
  readonly plain: (PaintTimings | null)[];
  readonly story: (StoryVisit | null)[];
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

/** The source files of our code in the largest slice of any run, to say what to look at. */
function worstSources(present: readonly LongTaskFigures[]): [string, number][] {
  const worst = present.reduce<LongTaskFigures | undefined>(
    (most, tasks) => (tasks.oursLargestSlice > (most?.oursLargestSlice ?? -1) ? tasks : most),
    undefined,
  );
  return (worst?.oursLargestSliceSources ?? []).slice(0, 5).map(([file, ms]) => [file, ms]);
}

function longTasksOf(visits: readonly (StoryVisit | null)[]): ProfileResult['longTasks'] {
  const measured = visits.map((visit) => visit?.longTasks ?? null);
  const present = measured.filter((tasks) => tasks !== null);
  if (present.length === 0) return null;
  const keys = new Set(present.flatMap((tasks) => Object.keys(tasks.shares)));
  const shares = Object.fromEntries(
    [...keys].map((key) => [
      key,
      median(present.map((tasks) => tasks.shares[key as keyof typeof tasks.shares] ?? 0)),
    ]),
  );
  const owners: Record<string, number> = {};
  for (const tasks of present) {
    for (const [owner, n] of Object.entries(tasks.owners)) owners[owner] = (owners[owner] ?? 0) + n;
  }
  const modes = new Set(present.map((tasks) => tasks.attribution));
  return {
    count: summarize(measured.map((tasks) => tasks?.count)),
    totalBlockingTime: summarize(measured.map((tasks) => tasks?.totalBlockingTime)),
    longest: summarize(measured.map((tasks) => tasks?.longest)),
    oursCount: summarize(measured.map((tasks) => tasks?.ours.count)),
    oursLongest: summarize(measured.map((tasks) => tasks?.ours.longest)),
    oursLargestSlice: summarize(measured.map((tasks) => tasks?.oursLargestSlice)),
    oursWorstSources: worstSources(present),
    mixedCount: summarize(measured.map((tasks) => tasks?.mixed.count)),
    shares,
    owners,
    attribution: modes.size === 1 ? ([...modes][0] ?? 'chunks') : 'partly source-mapped',
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
    longTasks: longTasksOf(runs.story),
    frameP95: summarize(runs.story.map((visit) => visit?.frameP95)),
    steps: summarizeSteps(runs.story.flatMap((visit) => (visit?.steps ? [visit.steps] : []))),
  };
}
