import { buildFacts } from '../build-facts';
import type { OutputReport } from './output';
import { ROOT } from './paths';

/** The curated fact tables (content/facts/*.yaml) as GeoJSON; `npm run data:facts` alone does the same. */
export function buildFactsDataset(): OutputReport[] {
  return buildFacts(ROOT);
}
