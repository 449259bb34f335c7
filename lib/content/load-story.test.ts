import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory, parseStoryMeta } from './load-story';

const META = `title: A story
dek: A story about a province and its data centres.
byline: The team
asOf: '2026-12-05'
lang: en
original:
  title: The article
  note: This retells the article in our own words.
datasets:
  - name: Natural Earth
    credit: Made with Natural Earth
    licence: Public domain
    url: https://www.naturalearthdata.com/
fonts:
  - name: Noto Sans
    credit: Google
    licence: OFL
    url: https://fontsource.org/fonts/noto-sans
`;

function step(id: string, scene = 'china'): string {
  return `---
id: ${id}
scene: ${scene}
mapDescription: A map of China with Guizhou outlined in the south-west.
notes: Background for a teacher, in a sentence or two.
question: What does the map show?
sources:
  - label: Wikipedia
    url: https://en.wikipedia.org/wiki/Guizhou
---
Some words.
`;
}

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'story-'));
  mkdirSync(path.join(root, 'content', 'steps'), { recursive: true });
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(root, 'content', name), text);
  return root;
}

describe('loadStory', () => {
  it('loads steps in file order', () => {
    const root = project({
      'story.yaml': META,
      'steps/02-second.md': step('second'),
      'steps/01-first.md': step('first'),
    });
    const story = loadStory(root);
    expect(story.steps.map((s) => [s.id, s.index])).toEqual([
      ['first', 0],
      ['second', 1],
    ]);
    expect(story.meta.title).toBe('A story');
  });

  it.each<{ name: string; files: Record<string, string>; message: string }>([
    {
      name: 'a duplicate id',
      files: {
        'story.yaml': META,
        'steps/01-first.md': step('first'),
        'steps/02-first.md': step('first'),
      },
      message: 'content/steps/02-first.md: id: "first" is also used by content/steps/01-first.md',
    },
    {
      name: 'a duplicate number',
      files: {
        'story.yaml': META,
        'steps/01-first.md': step('first'),
        'steps/01-second.md': step('second'),
      },
      message:
        'content/steps/01-second.md: file name: number 01 is also used by content/steps/01-first.md',
    },
    {
      name: 'no steps',
      files: { 'story.yaml': META },
      message: 'content/steps: holds no steps',
    },
    {
      name: 'an unknown scene',
      files: { 'story.yaml': META, 'steps/01-first.md': step('first', 'atlantis') },
      message: 'content/steps/01-first.md: scene: must be one of the scenes',
    },
  ])('stops on $name', ({ files, message }) => {
    expect(() => loadStory(project(files))).toThrow(message);
  });
});

describe('parseStoryMeta', () => {
  it.each([
    {
      name: 'no title',
      text: META.replace('title: A story\n', ''),
      message: 'content/story.yaml: title:',
    },
    {
      name: 'a bad language tag',
      text: META.replace('lang: en', 'lang: english'),
      message: 'content/story.yaml: lang:',
    },
    {
      name: 'a dataset without https',
      text: META.replace('https://www.naturalearthdata.com/', 'ftp://example.com/'),
      message: 'content/story.yaml: datasets[0].url: must be a well-formed https:// URL',
    },
    {
      name: 'broken YAML',
      text: 'title: [unclosed',
      message: 'content/story.yaml: is not valid YAML',
    },
  ])('stops on $name', ({ text, message }) => {
    expect(() => parseStoryMeta('content/story.yaml', text)).toThrow(message);
  });
});
