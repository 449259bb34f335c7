import type { Edition } from '@/lib/content/editions';

/**
 * The words of a lesson's handout and of the data downloads, in each edition: kept apart from
 * the story's words so the scroll article's first scripts do not carry them. The Chinese font
 * subset includes them (`scripts/build-cjk-fonts.ts`).
 */
export const HANDOUT_TEXT = {
  en: {
    lesson: (count: number, total: number) =>
      `A lesson of ${count} of the story's ${total} steps, in the teacher's order.`,
    present: 'Present this lesson',
    change: 'Change this lesson',
    whole: 'The whole story as text',
    build: 'Make a lesson from some of these steps',
    questions: 'Questions for the class',
    questionLabel: 'A question for the class: ',
    downloadsLead: 'Download the data',
    downloadsSeparator: ': ',
    csvTitle: 'the data behind this map as a spreadsheet (CSV), with sources and licences',
    geojsonTitle: 'the data behind this map for GIS tools (GeoJSON), with sources and licences',
  },
  zh: {
    lesson: (count: number, total: number) =>
      `一堂课：全文${total}步中的${count}步，按老师排定的顺序。`,
    present: '放映这堂课',
    change: '修改这堂课',
    whole: '全文文字版',
    build: '从这些步骤中挑选，制作一堂课',
    questions: '课堂问题',
    questionLabel: '课堂问题：',
    // The files' headers and field names are in English.
    downloadsLead: '下载本图数据（英文）',
    downloadsSeparator: '：',
    csvTitle: '本图数据的表格文件（CSV），附来源与许可',
    geojsonTitle: '本图数据的地理信息文件（GeoJSON），附来源与许可',
  },
} as const satisfies Record<Edition, unknown>;
