import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '@/lib/content/load-story';
import { STILL_SIZE_NAMES, stillFile, stillPixels } from '@/lib/stills/still-sizes';
import { sharedInputs, stillInputs } from './inputs';
import { parseManifest, staleStills } from './manifest';

const root = process.cwd();
const story = loadStory(root);
const file = path.join('public', 'stills', 'manifest.json');
const manifest = parseManifest(readFileSync(path.join(root, file), 'utf8'), file);

describe('the committed stills', () => {
  it('were made from the story, style, data and renderers as they are now', () => {
    const shared = sharedInputs(root);
    const current = new Map(
      story.steps.map((step) => [step.id, stillInputs(root, story, step, 'en', shared)]),
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
          file: stillFile(step.id, size),
          ...stillPixels(size),
          bytes: statSync(path.join(root, 'public', stillFile(step.id, size))).size,
        });
      }
    }
  });
});
