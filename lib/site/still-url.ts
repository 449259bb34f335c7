import { BASE_PATH } from './base-path';

/** Where a step's still picture of its map is: built with the site by `npm run stills`. */
export function stillUrl(stepId: string): string {
  return `${BASE_PATH}/stills/${stepId}.png`;
}
