import type { Edition } from '@/lib/content/editions';

/**
 * The words client components say (buttons, the step list, the map's key, the presenter's
 * headings, the edition switch): kept apart from the rest of the views' words so that only
 * these reach the browser's JavaScript.
 */
export interface ClientText {
  readonly skipToText: string;
  readonly stepFallbackTitle: (number: number) => string;
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly copyThisLink: string;
  readonly stepsButton: string;
  readonly openStepList: string;
  readonly stepListLabel: string;
  readonly stepOf: (total: number) => string;
  readonly mapKey: string;
  readonly onThisMap: (count: number) => string;
  readonly ramp: (from: string, to: string) => string;
  readonly switchLabel: string;
  readonly switchName: string;
  readonly stillNotice: string;
  readonly openStillFullSize: string;
}

export const CLIENT_TEXT: Record<Edition, ClientText> = {
  en: {
    skipToText: 'Skip to the story text',
    stepFallbackTitle: (number) => `Step ${number}`,
    copyLink: 'Copy link to this step',
    linkCopied: 'Link copied.',
    copyThisLink: 'Copy this link:',
    stepsButton: 'Steps: step ',
    openStepList: '. Open the list of steps',
    stepListLabel: 'Story steps',
    stepOf: (total) => ` of ${total}:`,
    mapKey: 'Key',
    onThisMap: (count) => `On this map (${count})`,
    ramp: (from, to) => ` (${from} to ${to})`,
    switchLabel: '中文版',
    switchName: 'Read this in Chinese',
    stillNotice: 'This browser cannot draw the live map, so each step shows a still picture of it.',
    openStillFullSize: 'Open this picture full size',
  },
  zh: {
    skipToText: '跳到故事正文',
    stepFallbackTitle: (number) => `第${number}步`,
    copyLink: '复制本步链接',
    linkCopied: '链接已复制。',
    copyThisLink: '请复制此链接：',
    stepsButton: '步骤：第',
    openStepList: '步。打开步骤列表',
    stepListLabel: '故事步骤',
    stepOf: (total) => `，共${total}步：`,
    mapKey: '图例',
    onThisMap: (count) => `地图上的地点（${count}）`,
    ramp: (from, to) => `（${from}至${to}）`,
    switchLabel: 'English',
    switchName: '阅读英文版',
    stillNotice: '此浏览器无法绘制动态地图，因此每一步都显示一张静态地图。',
    openStillFullSize: '查看原尺寸图片',
  },
};
