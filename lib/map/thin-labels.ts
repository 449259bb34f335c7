import { isCjk } from '@/lib/i18n/edition-characters';
import { worldPixels } from '@/lib/geo/web-mercator';
import type { PointRow } from './rows';

/** How a label is set beside its point, in pixels (as `labels()` in symbol-layers.ts draws it). */
export interface LabelSetting<T> {
  /** Type size. */
  readonly size: number;
  /** From the point to where the text starts, to the right. */
  readonly offsetPx: number;
  /** Room kept clear around each label and its symbol. */
  readonly gapPx: number;
  /** The width of the row's symbol, centred on its point. */
  readonly symbolPx: (row: T) => number;
}

/** The widest a bold sans letter runs, as a share of the type size: wide, so no label is cut. */
const ADVANCE_PER_EM = 0.62;

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The box a point's symbol and its label take on screen. */
function labelBox<T>(
  { position, row }: PointRow<T>,
  text: string,
  zoom: number,
  setting: LabelSetting<T>,
): Box {
  const [x, y] = worldPixels(position, zoom);
  // An ideograph is a full em wide; Latin letters average ADVANCE_PER_EM.
  const ideographs = [...text].filter(isCjk).length;
  const width =
    (text.length - ideographs) * setting.size * ADVANCE_PER_EM + ideographs * setting.size;
  const symbolHalf = setting.symbolPx(row) / 2;
  const half = Math.max(setting.size * 0.6, symbolHalf);
  return {
    left: x - symbolHalf - setting.gapPx,
    right: x + setting.offsetPx + width + setting.gapPx,
    top: y - half - setting.gapPx,
    bottom: y + half + setting.gapPx,
  };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The rows worth labelling at a zoom: in order of importance, each row keeps its label only if
 * its label (with its symbol) would not touch a more important one's. deck.gl's TextLayer does
 * not avoid collisions itself, and two stations a few kilometres apart would print over each
 * other; two stations one above the other, though, both keep their names.
 */
export function thinLabels<T>(
  rows: readonly PointRow<T>[],
  importance: (row: T) => number,
  text: (row: T) => string,
  zoom: number,
  setting: LabelSetting<T>,
): PointRow<T>[] {
  const kept: { row: PointRow<T>; box: Box }[] = [];
  const byImportance = [...rows].sort((a, b) => importance(b.row) - importance(a.row));
  for (const candidate of byImportance) {
    const box = labelBox(candidate, text(candidate.row), zoom, setting);
    if (!kept.some((other) => overlaps(other.box, box))) kept.push({ row: candidate, box });
  }
  return kept.map(({ row }) => row);
}
