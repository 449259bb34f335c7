import { SHARE_LABELS } from './attribution';
import { STEP_MARK } from './scroll-trace';
import type { LongTask, TraceEvent } from './trace';
import { median } from './stats';

/** One step change's long tasks, in one run. Milliseconds. */
export interface StepFigures {
  readonly step: string;
  readonly blocking: number;
  readonly longest: number;
  /** What took most of its longest task, with the WebGL call if GL did: where to look. */
  readonly source: string | null;
}

/** The steps' marks (`bench-step:<id>`), in order, in ms from `origin` (trace time, µs). */
export function stepMarks(
  events: readonly TraceEvent[],
  origin: number,
): { readonly step: string; readonly at: number }[] {
  return events
    .filter(
      (event) => event.name.startsWith(STEP_MARK) && (event.cat ?? '').includes('user_timing'),
    )
    .sort((a, b) => a.ts - b.ts)
    .map((event) => ({ step: event.name.slice(STEP_MARK.length), at: (event.ts - origin) / 1000 }));
}

function sourceOf(task: LongTask | undefined): string | null {
  if (!task) return null;
  const label = SHARE_LABELS[task.owner];
  return task.owner === 'gl' && task.glCall ? `${label}: ${task.glCall}` : label;
}

/**
 * Each step change's share of the long tasks: those that start after its mark and before the
 * next (the last runs to `end`). Task and mark times share one origin.
 */
export function perStep(
  tasks: readonly LongTask[],
  marks: readonly { readonly step: string; readonly at: number }[],
  end: number,
): StepFigures[] {
  return marks.map(({ step, at }, index) => {
    const until = marks[index + 1]?.at ?? end;
    const inStep = tasks.filter((task) => task.start >= at && task.start < until);
    const longest = inStep.reduce<LongTask | undefined>(
      (most, task) => (task.duration > (most?.duration ?? 0) ? task : most),
      undefined,
    );
    return {
      step,
      blocking: inStep.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      longest: longest?.duration ?? 0,
      source: sourceOf(longest),
    };
  });
}

/**
 * Per-step figures over several timed runs: medians and the worst run's longest task; what took
 * most of each step's longest task comes from the profiled pass (`attributed`).
 */
export interface StepSummary {
  readonly step: string;
  readonly blocking: number;
  readonly longest: number;
  readonly worst: number;
  readonly source: string | null;
}

export function summarizeSteps(
  runs: readonly (readonly StepFigures[])[],
  attributed: readonly StepFigures[],
): StepSummary[] {
  const steps = [...new Set(runs.flatMap((run) => run.map((figures) => figures.step)))];
  return steps.map((step) => {
    const measured = runs.flatMap((run) => run.filter((figures) => figures.step === step));
    const worst = measured.reduce<StepFigures | undefined>(
      (most, figures) => (figures.longest > (most?.longest ?? -1) ? figures : most),
      undefined,
    );
    return {
      step,
      blocking: median(measured.map((figures) => figures.blocking)),
      longest: median(measured.map((figures) => figures.longest)),
      worst: worst?.longest ?? 0,
      // A step whose timed runs had no long task has nothing to attribute: the profiled pass
      // alone (whose profiler lengthens tasks) would name a cause for a cost readers do not pay.
      source:
        (worst?.longest ?? 0) > 0
          ? (attributed.find((figures) => figures.step === step)?.source ?? null)
          : null,
    };
  });
}
