/**
 * The active step, from where the steps are: the last one whose top has crossed the trigger
 * line. Deriving it from positions (rather than counting enter/exit events) makes a fast
 * scroll, a reload half-way down and a jump all land on the same step.
 */
export function pickActiveIndex(stepTops: readonly number[], triggerY: number): number {
  let active = 0;
  stepTops.forEach((top, index) => {
    if (top <= triggerY) active = index;
  });
  return active;
}
