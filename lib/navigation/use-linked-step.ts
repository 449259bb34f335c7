import { useSyncExternalStore } from 'react';
import type { StepId } from '@/lib/story/types';
import { formatStepHash, parseStepHash } from './step-hash';

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The step the URL's hash names, or null. The static HTML knows no hash, so during hydration
 * this is null (the server's answer) and the page renders as built; the browser's answer follows.
 */
export function useLinkedStepId(stepIds: readonly StepId[]): StepId | null {
  return useSyncExternalStore(
    subscribeToHash,
    () => parseStepHash(window.location.hash, stepIds),
    () => null,
  );
}

/**
 * Points the URL at a step, or at none (null: no hash), quietly: `replaceState` adds no
 * history entry, so Back leaves the page instead of stepping back through the story.
 */
export function replaceStepHash(id: StepId | null): void {
  const { pathname, search } = window.location;
  history.replaceState(history.state, '', id ? formatStepHash(id) : pathname + search);
}
