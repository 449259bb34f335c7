import { describe, expect, it } from 'vitest';
import { describeLessonNote } from './describe-lesson-note';
import { MAX_LESSON_LENGTH, formatLessonQuery, parseLesson } from './parse-lesson';

const IDS = ['question', 'guizhou', 'plateau', 'hydro', 'guian', 'verdict'];

describe('parseLesson', () => {
  it('gives the whole story, silently, when the link names no lesson', () => {
    expect(parseLesson('', IDS)).toEqual({ stepIds: IDS, isLesson: false, note: null });
    expect(parseLesson('?other=1', IDS)).toEqual({ stepIds: IDS, isLesson: false, note: null });
  });

  it.each([
    ['?steps=guian,plateau,hydro', ['guian', 'plateau', 'hydro']],
    ['steps=verdict,question', ['verdict', 'question']],
    ['?steps=guian%2Cplateau', ['guian', 'plateau']],
    ['?steps=Guian, Plateau', ['guian', 'plateau']],
    ['?steps=guian+plateau', ['guian', 'plateau']],
    ['?steps=guian,plateau,', ['guian', 'plateau']],
    ['?x=1&steps=hydro', ['hydro']],
  ])('reads %j as a lesson in that order', (search, stepIds) => {
    expect(parseLesson(search, IDS)).toEqual({ stepIds, isLesson: true, note: null });
  });

  it.each([['?steps='], ['?steps=,,,'], ['?steps=%20']])(
    'gives the whole story, with a note, for the empty lesson %j',
    (search) => {
      const lesson = parseLesson(search, IDS);
      expect(lesson.stepIds).toEqual(IDS);
      expect(lesson.isLesson).toBe(false);
      expect(lesson.note?.fallback).toBe('empty');
    },
  );

  it('drops unknown ids and names them', () => {
    const lesson = parseLesson('?steps=guian,mars,plateau,venus', IDS);
    expect(lesson.stepIds).toEqual(['guian', 'plateau']);
    expect(lesson.note).toEqual({
      fallback: null,
      unknownNamed: ['mars', 'venus'],
      unknownCount: 2,
      junkCount: 0,
      repeatedCount: 0,
      cut: false,
    });
  });

  it('keeps the first of each repeated step', () => {
    const lesson = parseLesson('?steps=hydro,guian,hydro,guian,hydro', IDS);
    expect(lesson.stepIds).toEqual(['hydro', 'guian']);
    expect(lesson.note?.repeatedCount).toBe(3);
  });

  it('counts markup and junk without keeping any of its text', () => {
    const search = `?steps=${encodeURIComponent('guian,<script>alert(1)</script>,"><img src=x onerror=alert(1)>,plateau')}`;
    const lesson = parseLesson(search, IDS);
    expect(lesson.stepIds).toEqual(['guian', 'plateau']);
    expect(lesson.note?.junkCount).toBeGreaterThan(0);
    expect(lesson.note?.unknownNamed).toEqual([]);
    expect(JSON.stringify(lesson)).not.toMatch(/script|img|alert|</);
  });

  it('gives the whole story when no entry is a step', () => {
    const lesson = parseLesson('?steps=mars,<b>,venus', IDS);
    expect(lesson).toMatchObject({ stepIds: IDS, isLesson: false });
    expect(lesson.note).toMatchObject({
      fallback: 'no-valid-steps',
      unknownCount: 2,
      junkCount: 1,
    });
  });

  it('reads 500 ids as at most the story, quoting only a few unknown names', () => {
    const many = Array.from({ length: 500 }, (_, index) => IDS[index % IDS.length]);
    const lesson = parseLesson(`?steps=${many.join(',')}`, IDS);
    expect(lesson.stepIds).toEqual(IDS);
    expect(lesson.note?.repeatedCount).toBeGreaterThan(0);

    const unknown = Array.from({ length: 500 }, (_, index) => `step-${index}`);
    const none = parseLesson(`?steps=${unknown.join(',')}`, IDS);
    expect(none.stepIds).toEqual(IDS);
    expect(none.note?.unknownNamed).toHaveLength(3);
    expect(none.note?.cut).toBe(true);
  });

  it('cuts an overlong link and says so', () => {
    const lesson = parseLesson(`?steps=guian,${'a'.repeat(MAX_LESSON_LENGTH)}`, IDS);
    expect(lesson.stepIds).toEqual(['guian']);
    expect(lesson.note).toMatchObject({ cut: true, junkCount: 1 });
  });

  it('never throws on malformed escapes', () => {
    expect(parseLesson('?steps=%E0%A4%A,guian', IDS).stepIds).toEqual(['guian']);
  });
});

describe('formatLessonQuery', () => {
  it('writes what parseLesson reads', () => {
    const query = formatLessonQuery(['verdict', 'plateau']);
    expect(query).toBe('?steps=verdict,plateau');
    expect(parseLesson(query, IDS).stepIds).toEqual(['verdict', 'plateau']);
  });

  it('writes nothing for no steps', () => {
    expect(formatLessonQuery([])).toBe('');
  });
});

describe('describeLessonNote', () => {
  it.each<[string, string[]]>([
    ['?steps=', ['This lesson link names no steps, so here is the whole story.']],
    [
      '?steps=mars',
      [
        'None of the steps in this lesson link are in the story, so here is the whole story.',
        '“mars” is not a step of this story.',
      ],
    ],
    [
      '?steps=guian,mars,venus,guian,<i>',
      [
        'Part of this lesson link could not be used, so it shows the steps that could.',
        '“mars” and “venus” are not steps of this story.',
        'One entry was not a step name at all, and was ignored.',
        'One step was listed twice; it is shown once.',
      ],
    ],
    [
      '?steps=guian,a,b,c,d,e,1%3C,2%3C,guian,guian',
      [
        'Part of this lesson link could not be used, so it shows the steps that could.',
        '5 names are not steps of this story, among them “a”, “b”, and “c”.',
        '2 entries were not step names at all, and were ignored.',
        '2 repeated steps are shown once each.',
      ],
    ],
  ])('says plainly what %j dropped', (search, sentences) => {
    const note = parseLesson(search, IDS).note;
    expect(note).not.toBeNull();
    if (note) expect(describeLessonNote(note)).toEqual(sentences);
  });
});

describe('describeLessonNote, in Chinese', () => {
  it('says the same things in Chinese', () => {
    const note = parseLesson('?steps=guian,a,b,c,d,e,1%3C,guian', IDS).note;
    expect(note && describeLessonNote(note, 'zh')).toEqual([
      '这个课程链接有一部分无法使用，下面只显示能用的步骤。',
      '有5个名称不是本故事的步骤，其中包括“a”、“b”和“c”。',
      '有一项根本不是步骤名称，已忽略。',
      '有一个步骤列了两次，只显示一次。',
    ]);
  });
});
