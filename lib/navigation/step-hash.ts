import type { StepId } from '@/lib/story/types';

/** Longer than any slug we write; anything past it is junk, not a step. */
const MAX_HASH_LENGTH = 80;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The step a URL hash names, or null when it names none. Never throws: hashes come from
 * shared links, typed URLs and other pages' anchors, so junk is expected.
 */
export function parseStepHash(hash: string, stepIds: readonly StepId[]): StepId | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw || raw.length > MAX_HASH_LENGTH) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const id = decoded.trim().toLowerCase();
  if (!SLUG.test(id)) return null;
  return stepIds.includes(id) ? id : null;
}

/** The hash that opens a step. Ids are slugs, so they need no encoding. */
export function formatStepHash(id: StepId): string {
  return `#${id}`;
}
