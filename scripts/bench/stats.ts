/** A figure measured several times: its median and the spread of the runs. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** How many runs it summarises. */
  readonly n: number;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? NaN;
  return ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The value below which a fraction `p` of the values lie (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

/** Median and min–max of the runs that measured something; null when none did. */
export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
  const measured = values.filter((value): value is number => Number.isFinite(value));
  if (measured.length === 0) return null;
  return {
    median: median(measured),
    min: Math.min(...measured),
    max: Math.max(...measured),
    n: measured.length,
  };
}

/**
 * The ratio of two figures measured in the same runs: the median of the per-run ratios, so a
 * slow run slows both sides of its own ratio and not the others'.
 */
export function ratioOf(
  numerators: readonly (number | null | undefined)[],
  denominators: readonly (number | null | undefined)[],
): Summary | null {
  const ratios = numerators.map((top, index) => {
    const bottom = denominators[index];
    if (top === null || top === undefined || !bottom) return null;
    return top / bottom;
  });
  return summarize(ratios);
}
