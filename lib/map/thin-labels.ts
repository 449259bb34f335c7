import type { PointRow } from './rows';

/**
 * The rows worth labelling at a zoom: in order of importance, each row keeps its label only if
 * no more important labelled row lies within `minPx` pixels. deck.gl's TextLayer does not
 * avoid collisions itself, and two stations a few kilometres apart would print over each other.
 */
export function thinLabels<T>(
  rows: readonly PointRow<T>[],
  importance: (row: T) => number,
  zoom: number,
  minPx: number,
): PointRow<T>[] {
  const degreesPerPx = 360 / (512 * 2 ** zoom);
  const minDegrees = minPx * degreesPerPx;
  const kept: PointRow<T>[] = [];
  const byImportance = [...rows].sort((a, b) => importance(b.row) - importance(a.row));
  for (const candidate of byImportance) {
    const [x, y] = candidate.position;
    const crowded = kept.some(
      (other) => Math.hypot(other.position[0] - x, other.position[1] - y) < minDegrees,
    );
    if (!crowded) kept.push(candidate);
  }
  return kept;
}
