import { describe, expect, it } from 'vitest';
import { loadStory } from '@/lib/content/load-story';
import { STEP_WORD_LIMIT } from '@/lib/content/schema';
import { countWords } from '@/lib/content/parse-step';
import { SCENE_IDS } from '@/lib/story/scenes';

/** The real story, checked as a whole: what a reader and a teacher rely on. */
const story = loadStory();

describe('the story content', () => {
  it('has steps with unique slug ids', () => {
    const ids = story.steps.map((step) => step.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(story.steps.map((step) => [step.id, step] as const))('%s is complete', (_id, step) => {
    expect(SCENE_IDS).toContain(step.scene);
    expect(step.mapDescription.length).toBeGreaterThan(30);
    expect(step.notes.length).toBeGreaterThan(60);
    expect(step.question.endsWith('?')).toBe(true);
    expect(step.sources.length).toBeGreaterThan(0);
    expect(countWords(step.body)).toBeLessThanOrEqual(STEP_WORD_LIMIT);
    for (const source of step.sources) {
      const url = new URL(source.url);
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toMatch(/\.[a-z]{2,}$/);
    }
  });

  it('uses each of the story engine scenes at least once', () => {
    const used = new Set(story.steps.map((step) => step.scene));
    for (const scene of ['pilot-zones', 'plateau', 'power', 'data-centres'] as const)
      expect(used).toContain(scene);
  });

  it('corrects the article on the Cybersecurity Law, visibly', () => {
    const checks = story.steps.flatMap((step) => step.factChecks ?? []);
    expect(
      checks.some(
        (check) => /1 June 2017/.test(check.correction) && /October/.test(check.original),
      ),
    ).toBe(true);
  });

  it('never says the law took effect in October', () => {
    for (const step of story.steps) expect(step.body).not.toMatch(/effect in October/i);
  });
});
