import { readFileSync } from 'node:fs';
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

  it('gives every step a map of its own: no two steps in a row share a scene', () => {
    story.steps.slice(1).forEach((step, index) => {
      expect(step.scene, `${step.id} repeats the map of the step before`).not.toBe(
        story.steps[index]?.scene,
      );
    });
  });

  it('tells events in time order where one led to the next', () => {
    const position = (id: string) => story.steps.findIndex((step) => step.id === id);
    // The 2015 data exchange before the 2016 zone; the 2017 law before Apple's centre.
    expect(position('exchange-expo')).toBeLessThan(position('first-zone'));
    expect(position('first-zone')).toBeLessThan(position('pilot-zones'));
    expect(position('cybersecurity-law')).toBeLessThan(position('apple-icloud'));
  });

  it('puts the criticism of the iCloud move and of the data law in the text every reader sees', () => {
    const body = (id: string) => story.steps.find((step) => step.id === id)?.body ?? '';
    expect(body('apple-icloud')).toMatch(/keys/);
    expect(body('apple-icloud')).toMatch(/Amnesty International/);
    expect(body('cybersecurity-law')).toMatch(/Foreign businesses/);
  });

  it('ends on a verdict with dated evidence and a series that marks 2016', () => {
    const verdict = story.steps.at(-1);
    expect(verdict?.id).toBe('verdict');
    const dated = verdict?.sources.filter((source) => /\b20(1|2)\d\)?$/.test(source.label)) ?? [];
    expect(dated.length).toBeGreaterThanOrEqual(4);
    expect(verdict?.chart?.marker.year).toBe(2016);
    const years = verdict?.chart?.points.map((point) => point.year) ?? [];
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2024);
  });

  it('keeps a fact-check table with a section for every step, in story order', () => {
    const table = readFileSync('docs/fact-check.md', 'utf8');
    const sections = [...table.matchAll(/^## ([a-z0-9-]+)$/gm)].map((match) => match[1]);
    expect(sections).toEqual(story.steps.map((step) => step.id));
  });

  it('never says the law took effect in October', () => {
    for (const step of story.steps) expect(step.body).not.toMatch(/effect in October/i);
  });
});
