import { describe, expect, it } from 'vitest';
import { wordsOf } from './edition-characters';

describe('wordsOf', () => {
  it('finds the strings of nested tables and the words of their phrases', () => {
    const words = wordsOf({
      heading: '制作课程',
      share: { present: '放映本课' },
      position: (position: number) => `课程第${position}步`,
      count: 3,
    }).join(' ');
    expect(words).toContain('制作课程');
    expect(words).toContain('放映本课');
    // A phrase's source, which the compiler may have written with \u escapes, read as words.
    expect(words).toContain('课程第');
    expect(words).not.toMatch(/\\u/);
  });
});
