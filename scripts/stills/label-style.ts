import { PALETTE } from '@/lib/map/palette';
import { SANS_BOLD } from './fonts';
import type { LabelStyle } from './labels';

/** deck.gl's TextLayer labels: bold, dark, 13 px unless a layer says otherwise. */
export function boldLabel(size = 13): LabelStyle {
  return { face: SANS_BOLD, size, color: PALETTE.label };
}
