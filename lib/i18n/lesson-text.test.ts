import { describe, expect, it } from 'vitest';
import { EDITIONS, type Edition } from '@/lib/content/editions';
import { isCjk, wordsOf } from './edition-characters';
import { LESSON_NOTE_TEXT } from './lesson-note-text';
import { LESSON_TEXT } from './lesson-text';

/** A step title as the Chinese story spells one, and numbers, for the phrases that take them. */
const TITLE = '贵安新区';
const SAMPLES: Record<string, readonly unknown[]> = {
  'lesson.title': ['贵州的大数据之路'],
  'lesson.which': [TITLE],
  'lesson.picker.position': [2],
  'lesson.edits.added': [TITLE, 2, 3],
  'lesson.edits.removed': [TITLE, 2],
  'lesson.edits.moved': [TITLE, 1, 3],
  'lesson.edits.atTop': [TITLE],
  'lesson.edits.atBottom': [TITLE],
  'note.list': [['“mars”', '“venus”', '“pluto”']],
  'note.unknown': ['“mars”', 1, 5],
  'note.junk': [2],
  'note.repeated': [2],
};

/** Every key of a table of words with what it says: a phrase said with its sample values. */
function said(words: object, path: string): [string, string][] {
  return Object.entries(words).flatMap(([key, value]): [string, string][] => {
    const at = `${path}.${key}`;
    if (typeof value === 'string') return [[at, value]];
    if (typeof value === 'function') {
      const args = SAMPLES[at];
      if (!args) throw new Error(`${at} is a phrase with no sample values in this test`);
      return [[at, String(value(...args))]];
    }
    return said(value as object, at);
  });
}

const everything = (edition: Edition) => [
  ...said(LESSON_TEXT[edition], 'lesson'),
  ...said(LESSON_NOTE_TEXT[edition], 'note'),
];

describe("the lesson builder's words", () => {
  it('every edition says every thing, and says something', () => {
    const keys = everything('en').map(([key]) => key);
    expect(keys.length).toBeGreaterThan(35);
    for (const edition of EDITIONS) {
      const words = everything(edition);
      expect(words.map(([key]) => key)).toEqual(keys);
      for (const [key, text] of words) expect(text.trim(), `${edition} ${key}`).not.toBe('');
    }
  });

  it('every Chinese one is in Chinese: no English word but a key on the keyboard', () => {
    for (const [key, text] of everything('zh')) {
      if (key === 'note.list') continue; // Names from the link, joined.
      expect(text, key).toMatch(/\p{Script=Han}/u);
      expect(text.replace(/Alt|“[a-z]+”/g, ''), key).not.toMatch(/[A-Za-z]/);
    }
  });

  it('lists names the Chinese way', () => {
    expect(LESSON_NOTE_TEXT.zh.list(['“a”', '“b”', '“c”'])).toBe('“a”、“b”和“c”');
    expect(LESSON_NOTE_TEXT.zh.list(['“a”'])).toBe('“a”');
  });

  it('every character the Chinese words show is in the font subset', () => {
    const subset = new Set(
      wordsOf([LESSON_TEXT.zh, LESSON_NOTE_TEXT.zh, Object.values(SAMPLES)]).join(''),
    );
    const shown = everything('zh').flatMap(([, text]) => [...text].filter(isCjk));
    expect(shown.filter((character) => !subset.has(character))).toEqual([]);
  });
});
