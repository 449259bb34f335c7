import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { countWords, parseStepFile } from './parse-step';
import { STEP_WORD_LIMIT } from './schema';

const FRONT = {
  id: 'plateau',
  scene: 'plateau',
  title: 'A high plateau',
  mapDescription: 'Guizhou in 3-D, standing above the Sichuan Basin to the north.',
  notes: 'Karst is limestone dissolved by water over millions of years.',
  question: 'Why would a plateau be a good place for data centres?',
  sources: '\n  - label: Wikipedia, Guizhou\n    url: https://en.wikipedia.org/wiki/Guizhou',
};

type Front = Record<string, string | undefined>;

function file(front: Front, body = 'Guizhou stands on a plateau.'): string {
  const lines = Object.entries(front)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

const NAME = 'content/steps/05-plateau.md';

describe('parseStepFile accepts a good step', () => {
  it('returns its fields, body and position', () => {
    const step = parseStepFile(NAME, file(FRONT), 4);
    expect(step).toMatchObject({ id: 'plateau', scene: 'plateau', index: 4, file: NAME });
    expect(step.body).toBe('Guizhou stands on a plateau.');
    expect(step.sources).toEqual([
      { label: 'Wikipedia, Guizhou', url: 'https://en.wikipedia.org/wiki/Guizhou' },
    ]);
  });
});

describe('parseStepFile names the file and the field of a bad step', () => {
  it.each([
    { name: 'missing id', front: { ...FRONT, id: undefined }, message: `${NAME}: id:` },
    {
      name: 'id not a slug',
      front: { ...FRONT, id: 'Plateau_1' },
      message: `${NAME}: id: must be a slug`,
    },
    {
      name: 'id differs from file name',
      front: { ...FRONT, id: 'hills' },
      message: `${NAME}: id: "hills" must match`,
    },
    {
      name: 'unknown scene',
      front: { ...FRONT, scene: 'moon' },
      message: `${NAME}: scene: must be one of the scenes`,
    },
    {
      name: 'no map description',
      front: { ...FRONT, mapDescription: undefined },
      message: `${NAME}: mapDescription:`,
    },
    { name: 'no notes', front: { ...FRONT, notes: undefined }, message: `${NAME}: notes:` },
    {
      name: 'no question',
      front: { ...FRONT, question: undefined },
      message: `${NAME}: question:`,
    },
    {
      name: 'two questions',
      front: { ...FRONT, question: 'Is it high? And is it cold there in winter?' },
      message: `${NAME}: question: must be one question`,
    },
    {
      name: 'question without ?',
      front: { ...FRONT, question: 'Discuss the plateau and its rivers.' },
      message: `${NAME}: question: must end with a question mark`,
    },
    {
      name: 'no sources',
      front: { ...FRONT, sources: '[]' },
      message: `${NAME}: sources: must list at least one source`,
    },
    {
      name: 'http source',
      front: { ...FRONT, sources: '\n  - label: Somewhere\n    url: http://example.com/x' },
      message: `${NAME}: sources[0].url: must be a well-formed https:// URL`,
    },
    {
      name: 'malformed source URL',
      front: { ...FRONT, sources: '\n  - label: Somewhere\n    url: not a url' },
      message: `${NAME}: sources[0].url: must be a well-formed https:// URL`,
    },
    {
      name: 'unknown field',
      front: { ...FRONT, colour: 'red' },
      message: `${NAME}: (front matter): Unrecognized key`,
    },
    {
      name: 'broken YAML',
      front: { ...FRONT, title: '"unclosed' },
      message: `${NAME}: front matter: is not valid YAML`,
    },
  ])('$name', ({ front, message }) => {
    expect(() => parseStepFile(NAME, file(front), 0)).toThrow(ContentError);
    expect(() => parseStepFile(NAME, file(front), 0)).toThrow(message);
  });

  it('a file name without a number', () => {
    expect(() => parseStepFile('content/steps/plateau.md', file(FRONT), 0)).toThrow(
      'content/steps/plateau.md: file name: must look like NN-<step-id>.md',
    );
  });

  it('an empty body', () => {
    expect(() => parseStepFile(NAME, file(FRONT, ''), 0)).toThrow(`${NAME}: body: is empty`);
  });

  it('a body longer than a phone screen holds', () => {
    const body = Array.from({ length: STEP_WORD_LIMIT + 1 }, () => 'word').join(' ');
    expect(() => parseStepFile(NAME, file(FRONT, body), 0)).toThrow(
      `${NAME}: body: has ${STEP_WORD_LIMIT + 1} words`,
    );
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['One two three.', 3],
    ['**Bold** and _italic_', 3],
    ['A [link](https://example.com/a-long-url) here', 3],
    ['Line one\n\nLine two', 4],
  ])('%j has %i words', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});
