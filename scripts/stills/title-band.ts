import { PALETTE } from '@/lib/map/palette';
import { SANS_BOLD, SANS_REGULAR, SERIF_TITLE, measureText } from './fonts';
import { STILL_WIDTH, TITLE_BAND_HEIGHT } from './layout';
import { el, escapeXml } from './svg';
import { fitLine } from './text-fit';

/** The band over the map: the story's name and the step's place in it, then the step's title. */

const SIDE = 32;
const KICKER_SIZE = 14;
const KICKER_BASELINE = 30;
const TITLE_BASELINE = 68;

export interface TitleBandText {
  /** The step's title (or the story's, for a step without one). */
  readonly title: string;
  readonly storyTitle: string;
  /** "Step 5 of 19". */
  readonly position: string;
}

export function drawTitleBand({ title, storyTitle, position }: TitleBandText): string {
  const positionWidth = measureText(position, SANS_REGULAR, KICKER_SIZE);
  const kicker = fitLine(
    storyTitle,
    SANS_BOLD,
    { largest: KICKER_SIZE, smallest: 11 },
    STILL_WIDTH - 2 * SIDE - positionWidth - 24,
  );
  const heading = fitLine(
    title,
    SERIF_TITLE,
    { largest: 34, smallest: 24 },
    STILL_WIDTH - 2 * SIDE,
  );
  const text = (content: string, attributes: Record<string, string | number>) =>
    el('text', attributes, escapeXml(content));
  return el('g', {}, [
    el('rect', { x: 0, y: 0, width: STILL_WIDTH, height: TITLE_BAND_HEIGHT, fill: PALETTE.halo }),
    el('rect', {
      x: 0,
      y: TITLE_BAND_HEIGHT - 3,
      width: STILL_WIDTH,
      height: 3,
      fill: PALETTE.guizhouLine,
    }),
    text(kicker.text, {
      x: SIDE,
      y: KICKER_BASELINE,
      'font-family': SANS_BOLD.family,
      'font-weight': SANS_BOLD.weight,
      'font-size': kicker.size,
      fill: PALETTE.guizhouLine,
    }),
    text(position, {
      x: STILL_WIDTH - SIDE,
      y: KICKER_BASELINE,
      'text-anchor': 'end',
      'font-family': SANS_REGULAR.family,
      'font-weight': SANS_REGULAR.weight,
      'font-size': KICKER_SIZE,
      fill: PALETTE.labelMuted,
    }),
    text(heading.text, {
      x: SIDE,
      y: TITLE_BASELINE,
      'font-family': SERIF_TITLE.family,
      'font-weight': SERIF_TITLE.weight,
      'font-size': heading.size,
      fill: PALETTE.label,
    }),
  ]);
}
