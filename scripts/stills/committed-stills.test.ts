import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '@/lib/content/types';
import { loadStory } from '@/lib/content/load-story';
import { loadTranslatedStory } from '@/lib/content/load-translated-story';
import {
  STILL_EDITIONS,
  STILL_SIZE_NAMES,
  editionFolder,
  stillFile,
  stillPixels,
  type Edition,
} from '@/lib/stills/still-sizes';
import { sharedInputs, stillInputs } from './inputs';
import { parseManifest, staleStills } from './manifest';

const root = process.cwd();
const shared = sharedInputs(root);

function storyOf(edition: Edition): Story {
  return edition === 'en' ? loadStory(root) : loadTranslatedStory(edition, root);
}

describe.each(STILL_EDITIONS)('the committed stills, edition %s', (edition) => {
  const story = storyOf(edition);
  const file = path.join('public', 'stills', editionFolder(edition), 'manifest.json');
  const manifest = parseManifest(readFileSync(path.join(root, file), 'utf8'), file);

  it('are of this edition', () => {
    expect(manifest.edition).toBe(edition);
  });

  it('were made from the story, style, data and renderers as they are now', () => {
    const current = new Map(
      story.steps.map((step) => [step.id, stillInputs(root, story, step, edition, shared)]),
    );
    const stale = staleStills(manifest.stills, current);
    // The message a reader of a failed run needs: which stills, why, and the fix.
    expect(stale, 'stills are stale: run `npm run stills`, look at them, commit').toEqual([]);
  });

  it('are on disk at every size, as the manifest lists them', () => {
    for (const step of story.steps) {
      const entry = manifest.stills.find((still) => still.id === step.id);
      expect(entry?.alt).toBe(step.mapDescription);
      for (const size of STILL_SIZE_NAMES) {
        const picture = entry?.pictures[size];
        expect(picture).toEqual({
          file: stillFile(step.id, size, edition),
          ...stillPixels(size),
          bytes: statSync(path.join(root, 'public', stillFile(step.id, size, edition))).size,
        });
      }
    }
  });
});
