import type { SourceLink } from '@/lib/story/types';
import type { Step } from './types';

/** Every source the steps cite, once each (by URL), in order of first citation. */
export function collectSources(steps: readonly Step[]): SourceLink[] {
  const byUrl = new Map<string, SourceLink>();
  for (const step of steps) {
    const cited = [...step.sources, ...(step.factChecks ?? []).map((check) => check.source)];
    for (const source of cited) {
      if (!byUrl.has(source.url)) byUrl.set(source.url, source);
    }
  }
  return [...byUrl.values()];
}
