import type { LegendEntry, LegendSymbol } from '@/lib/map/layers';
import { PALETTE } from '@/lib/map/palette';
import { SANS_BOLD, SANS_REGULAR, baselineShift, measureText } from './fonts';
import { el, escapeXml, num } from './svg';
import { wrapText } from './text-fit';

/**
 * The still's key: the scene's legend entries (`legendFor`), each with the symbol the live
 * map's key draws (`components/map/legend-symbol.tsx`) and its words, in a small panel.
 */

const SYMBOL = 18;
const PAD = 10;
const ROW = 22;
const GAP = 8;
const TEXT_SIZE = 13;
const HEADING_SIZE = 12;
const HEADING = 22;
const NOTE_SIZE = 11.5;
const NOTE_LINE = 15;
const MAX_NOTE_WIDTH = 300;

/** An entry's words, as the live key writes them (a ramp adds its range). */
export function legendText(entry: LegendEntry): string {
  const { symbol } = entry;
  return symbol.shape === 'ramp' ? `${entry.label} (${symbol.from} to ${symbol.to})` : entry.label;
}

/** One symbol in an 18-px cell whose top-left corner is [x, y]. */
export function drawLegendSymbol(symbol: LegendSymbol, x: number, y: number): string {
  const c = SYMBOL / 2;
  const at = (dx: number, dy: number) => `${num(x + dx)} ${num(y + dy)}`;
  switch (symbol.shape) {
    case 'dot':
      return el('circle', {
        cx: x + c,
        cy: y + c,
        r: (symbol.size ?? 10) / 2,
        fill: symbol.color,
        stroke: PALETTE.halo,
        'stroke-width': 1.5,
      });
    case 'ring':
      return el('circle', {
        cx: x + c,
        cy: y + c,
        r: 6,
        fill: 'none',
        stroke: symbol.color,
        'stroke-width': 2.5,
      });
    case 'square': {
      const s = symbol.size ?? 10;
      return el('rect', {
        x: x + c - s / 2,
        y: y + c - s / 2,
        width: s,
        height: s,
        fill: symbol.color,
      });
    }
    case 'square-ring': {
      const s = (symbol.size ?? 10) - 2;
      return el('rect', {
        x: x + c - s / 2,
        y: y + c - s / 2,
        width: s,
        height: s,
        fill: 'none',
        stroke: symbol.color,
        'stroke-width': 2,
      });
    }
    case 'diamond':
      return el('path', {
        d: `M${at(c, 2)}L${at(SYMBOL - 2, c)}L${at(c, SYMBOL - 2)}L${at(2, c)}Z`,
        fill: symbol.color,
      });
    case 'line':
      return el('path', {
        d: `M${at(1, c)}L${at(SYMBOL - 1, c)}`,
        stroke: symbol.color,
        'stroke-width': 3,
      });
    case 'dashed-line':
      return el('path', {
        d: `M${at(1, c)}L${at(SYMBOL - 1, c)}`,
        stroke: symbol.color,
        'stroke-width': 2,
        'stroke-dasharray': '4 3',
      });
    case 'arc':
      return el('path', {
        d: `M${at(1, SYMBOL - 3)}Q${at(c, 0)} ${at(SYMBOL - 1, SYMBOL - 3)}`,
        fill: 'none',
        stroke: symbol.color,
        'stroke-width': 3,
      });
    case 'area':
      return el('rect', {
        x: x + 1,
        y: y + 3,
        width: SYMBOL - 2,
        height: SYMBOL - 6,
        fill: symbol.color,
        stroke: symbol.border,
        'stroke-width': 1.5,
      });
    case 'hatched-area':
      return (
        el('rect', {
          x: x + 1,
          y: y + 3,
          width: SYMBOL - 2,
          height: SYMBOL - 6,
          fill: symbol.color,
          'fill-opacity': 0.5,
          stroke: symbol.border,
          'stroke-width': 1.5,
        }) +
        el('path', {
          d: `M${at(4, SYMBOL - 4)}L${at(SYMBOL - 8, 4)}M${at(9, SYMBOL - 4)}L${at(SYMBOL - 3, 6)}`,
          stroke: symbol.border,
          'stroke-width': 1.2,
        })
      );
    case 'ramp': {
      const width = (SYMBOL - 2) / symbol.colors.length;
      return symbol.colors
        .map((colour, i) =>
          el('rect', {
            x: x + 1 + i * width,
            y: y + 4,
            width: width + 0.5,
            height: SYMBOL - 8,
            fill: colour,
          }),
        )
        .join('');
    }
  }
}

export interface LegendPanel {
  readonly width: number;
  readonly height: number;
  /** The panel drawn with its top-left corner at [x, y]. */
  readonly draw: (x: number, y: number) => string;
}

function text(
  content: string,
  x: number,
  y: number,
  size: number,
  bold: boolean,
  color: string,
): string {
  return el(
    'text',
    {
      x,
      y,
      'font-family': SANS_REGULAR.family,
      'font-weight': bold ? 700 : 400,
      'font-size': size,
      fill: color,
    },
    escapeXml(content),
  );
}

/** The panel for a scene's entries, with an optional note under them (wrapped to fit). */
export function buildLegend(entries: readonly LegendEntry[], note?: string): LegendPanel {
  const labels = entries.map(legendText);
  const labelWidth = Math.max(
    0,
    ...labels.map((label) => measureText(label, SANS_REGULAR, TEXT_SIZE)),
  );
  const entriesWidth = Math.max(
    SYMBOL + GAP + labelWidth,
    measureText('Key', SANS_BOLD, HEADING_SIZE),
  );
  const noteLines = note
    ? wrapText(note, SANS_REGULAR, NOTE_SIZE, Math.max(entriesWidth, MAX_NOTE_WIDTH))
    : [];
  const noteWidth = Math.max(
    0,
    ...noteLines.map((line) => measureText(line, SANS_REGULAR, NOTE_SIZE)),
  );
  const width = Math.ceil(Math.max(entriesWidth, noteWidth) + 2 * PAD);
  const height = Math.ceil(
    PAD +
      HEADING +
      entries.length * ROW +
      (noteLines.length ? 6 + noteLines.length * NOTE_LINE : 0) +
      PAD -
      4,
  );
  const draw = (x: number, y: number): string => {
    const rows = entries.map((entry, i) => {
      const top = y + PAD + HEADING + i * ROW;
      const middle = top + SYMBOL / 2;
      return (
        drawLegendSymbol(entry.symbol, x + PAD, top) +
        text(
          labels[i] ?? '',
          x + PAD + SYMBOL + GAP,
          middle + baselineShift(SANS_REGULAR, TEXT_SIZE),
          TEXT_SIZE,
          false,
          PALETTE.label,
        )
      );
    });
    const notesTop = y + PAD + HEADING + entries.length * ROW + 6;
    const notes = noteLines.map((line, i) =>
      text(
        line,
        x + PAD,
        notesTop + i * NOTE_LINE + NOTE_SIZE * 0.8,
        NOTE_SIZE,
        false,
        PALETTE.labelMuted,
      ),
    );
    return el('g', {}, [
      el('rect', {
        x,
        y,
        width,
        height,
        rx: 4,
        fill: PALETTE.halo,
        'fill-opacity': 0.94,
        stroke: PALETTE.provinceLine,
        'stroke-width': 1,
      }),
      text('Key', x + PAD, y + PAD + HEADING_SIZE, HEADING_SIZE, true, PALETTE.label),
      ...rows,
      ...notes,
    ]);
  };
  return { width, height, draw };
}
