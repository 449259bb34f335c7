import type { Edition } from '@/lib/content/editions';

/**
 * The words of the lesson builder (`/lesson/`, `/zh/lesson/`): its page, the story's list, the
 * lesson's list, its link, and what a screen reader hears after each edit. Apart from the
 * story's client words, so no other page carries them. The Chinese font subset includes them
 * (`scripts/build-cjk-fonts.ts`).
 */
export interface LessonText {
  readonly title: (storyTitle: string) => string;
  readonly kicker: string;
  readonly heading: string;
  readonly intro: string;
  readonly back: string;
  /**
   * Said after a button's visible words, so a screen reader knows which step it means. It
   * starts with a space in either edition: browsers put one there in the accessible name
   * anyway, as the words are in an element of their own.
   */
  readonly which: (title: string) => string;
  readonly picker: {
    readonly heading: string;
    readonly hint: string;
    readonly add: string;
    readonly remove: string;
    readonly position: (position: number) => string;
  };
  readonly order: {
    readonly heading: string;
    readonly empty: string;
    readonly keysHint: string;
    readonly up: string;
    readonly down: string;
    readonly remove: string;
    readonly storyOrder: string;
    readonly clear: string;
  };
  readonly share: {
    readonly heading: string;
    readonly empty: string;
    readonly explain: string;
    readonly present: string;
    readonly handout: string;
    /** Before the link, for a screen reader: its punctuation is the edition's. */
    readonly linkLabel: string;
  };
  /** The live region's sentence after each edit. */
  readonly edits: {
    readonly added: (title: string, position: number, count: number) => string;
    readonly removed: (title: string, count: number) => string;
    readonly moved: (title: string, position: number, count: number) => string;
    readonly atTop: (title: string) => string;
    readonly atBottom: (title: string) => string;
    readonly ordered: string;
    readonly cleared: string;
  };
}

export const LESSON_TEXT: Record<Edition, LessonText> = {
  en: {
    title: (storyTitle) => `Make a lesson: ${storyTitle}`,
    kicker: 'For teachers',
    heading: 'Make a lesson',
    intro:
      'Pick the steps of the story you want to teach and put them in order. The lesson is a link: it presents just those steps, and its handout prints them with a question for the class.',
    back: 'Back to the story',
    which: (title) => ` “${title}”`,
    picker: {
      heading: "The story's steps",
      hint: 'Add the steps you want, in the order you want to present them.',
      add: 'Add',
      remove: 'Remove',
      position: (position) => `Step ${position} of the lesson`,
    },
    order: {
      heading: 'Your lesson',
      empty: 'No steps yet. Add steps from the story’s list.',
      keysHint: 'Move a step with its buttons, or with Alt and the up or down arrow.',
      up: 'Move up',
      down: 'Move down',
      remove: 'Remove',
      storyOrder: 'Put in story order',
      clear: 'Remove all',
    },
    share: {
      heading: 'Your lesson’s link',
      empty: 'Add at least one step to get the lesson’s link.',
      explain:
        'This link presents the lesson. Share it, put it on a slide, or let the class scan the code.',
      present: 'Present the lesson',
      handout: 'Open the handout',
      linkLabel: 'Lesson link: ',
    },
    edits: {
      added: (title, position, count) =>
        `${title} added to the lesson, step ${position} of ${count}.`,
      removed: (title, count) =>
        `${title} removed. The lesson has ${count} ${count === 1 ? 'step' : 'steps'}.`,
      moved: (title, position, count) => `${title} moved to step ${position} of ${count}.`,
      atTop: (title) => `${title} is already the first step.`,
      atBottom: (title) => `${title} is already the last step.`,
      ordered: 'The lesson is in the story’s order.',
      cleared: 'The lesson is empty.',
    },
  },
  zh: {
    title: (storyTitle) => `制作课程：${storyTitle}`,
    kicker: '教师专用',
    heading: '制作课程',
    intro:
      '从故事中挑出您要讲的步骤，排好先后顺序。做好的课程就是一个链接：打开后只放映这几步；配套讲义可以直接打印，每一步都附有一道课堂讨论题。',
    back: '返回故事',
    which: (title) => ` “${title}”`,
    picker: {
      heading: '故事的全部步骤',
      hint: '按您打算放映的顺序，依次添加需要的步骤。',
      add: '添加',
      remove: '移除',
      position: (position) => `课程第${position}步`,
    },
    order: {
      heading: '我的课程',
      empty: '还没有步骤。请从故事的步骤列表中添加。',
      keysHint: '用每一步旁边的按钮调整顺序，也可以按住 Alt 键再按上、下方向键。',
      up: '上移',
      down: '下移',
      remove: '移除',
      storyOrder: '按故事顺序排列',
      clear: '全部移除',
    },
    share: {
      heading: '课程链接',
      empty: '至少添加一个步骤，才会生成课程链接。',
      explain:
        '打开这个链接即可放映本课。您可以把它发给同事、放进课件，或者让学生用手机扫描二维码。',
      present: '放映本课',
      handout: '打开讲义',
      linkLabel: '课程链接：',
    },
    edits: {
      added: (title, position, count) =>
        `已将“${title}”加入课程，现为第${position}步，共${count}步。`,
      removed: (title, count) =>
        count === 0
          ? `已移除“${title}”，课程现在是空的。`
          : `已移除“${title}”，课程现有${count}步。`,
      moved: (title, position, count) => `“${title}”已移到第${position}步，共${count}步。`,
      atTop: (title) => `“${title}”已经是第一步。`,
      atBottom: (title) => `“${title}”已经是最后一步。`,
      ordered: '课程已按故事顺序排列。',
      cleared: '课程已清空。',
    },
  },
};
