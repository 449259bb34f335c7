/** One horizontal run of dark modules in a QR code: `width` modules from (x, y). */
export interface QrRun {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/**
 * A QR matrix (`true` = dark) as runs of dark modules, row by row: a few hundred SVG rects
 * instead of one per module, and no seams between neighbours when scaled.
 */
export function toQrRuns(matrix: readonly (readonly boolean[])[]): QrRun[] {
  const runs: QrRun[] = [];
  matrix.forEach((row, y) => {
    let start = -1;
    row.forEach((dark, x) => {
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    });
    if (start >= 0) runs.push({ x: start, y, width: row.length - start });
  });
  return runs;
}
