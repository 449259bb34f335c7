import type { Edition } from '@/lib/content/editions';

/**
 * The words of the note a bad lesson link brings (`describeLessonNote`), in each edition: on the
 * presentation, the handout and the lesson builder. The Chinese font subset includes them.
 */
export interface LessonNoteText {
  readonly empty: string;
  readonly noValidSteps: string;
  readonly partial: string;
  /** A list of names: “a”, “b”, and “c”. */
  readonly list: (items: readonly string[]) => string;
  /** Some of the names that are not steps, quoted and listed; how many of them; how many in all. */
  readonly unknown: (listed: string, shown: number, count: number) => string;
  readonly junk: (count: number) => string;
  readonly repeated: (count: number) => string;
  readonly cut: string;
  readonly hide: string;
}

export const LESSON_NOTE_TEXT: Record<Edition, LessonNoteText> = {
  en: {
    empty: 'This lesson link names no steps, so here is the whole story.',
    noValidSteps:
      'None of the steps in this lesson link are in the story, so here is the whole story.',
    partial: 'Part of this lesson link could not be used, so it shows the steps that could.',
    list: (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
    unknown: (listed, shown, count) => {
      if (count === 1) return `${listed} is not a step of this story.`;
      return count > shown
        ? `${count} names are not steps of this story, among them ${listed}.`
        : `${listed} are not steps of this story.`;
    },
    junk: (count) =>
      count === 1
        ? 'One entry was not a step name at all, and was ignored.'
        : `${count} entries were not step names at all, and were ignored.`,
    repeated: (count) =>
      count === 1
        ? 'One step was listed twice; it is shown once.'
        : `${count} repeated steps are shown once each.`,
    cut: 'The link was too long, so only its beginning was read.',
    hide: 'Hide this note',
  },
  zh: {
    empty: '这个课程链接没有指定任何步骤，下面显示整个故事。',
    noValidSteps: '这个课程链接里的步骤都不在本故事中，下面显示整个故事。',
    partial: '这个课程链接有一部分无法使用，下面只显示能用的步骤。',
    // “甲”、“乙”和“丙”: written out rather than by Intl.ListFormat, so that the font subset,
    // built from these words, holds the characters that join them.
    list: (items) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`,
    unknown: (listed, shown, count) => {
      if (count === 1) return `${listed}不是本故事的步骤。`;
      return count > shown
        ? `有${count}个名称不是本故事的步骤，其中包括${listed}。`
        : `${listed}都不是本故事的步骤。`;
    },
    junk: (count) =>
      count === 1 ? '有一项根本不是步骤名称，已忽略。' : `有${count}项根本不是步骤名称，已忽略。`,
    repeated: (count) =>
      count === 1 ? '有一个步骤列了两次，只显示一次。' : `有${count}个步骤重复列出，各只显示一次。`,
    cut: '链接太长，只读取了开头部分。',
    hide: '隐藏此提示',
  },
};
