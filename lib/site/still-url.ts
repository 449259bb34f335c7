import { stillFile, type Edition, type StillSize } from '@/lib/stills/still-sizes';
import { BASE_PATH } from './base-path';

/**
 * Where a step's still picture of its map is, in an edition (its labels, key and title band in
 * that language): photographed from the live map, committed.
 */
export function stillUrl(
  stepId: string,
  size: StillSize = 'landscape',
  edition: Edition = 'en',
): string {
  return `${BASE_PATH}/${stillFile(stepId, size, edition)}`;
}

/**
 * Screens that get the portrait still: a phone's, where a wide picture in the map pane or a
 * text column is too small to read. Wider screens, and paper, get the landscape one.
 */
export const PORTRAIT_STILL_MEDIA = 'screen and (max-width: 600px)';
