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
  readonly presenterNow: string;
  readonly presenterNotes: string;
  readonly presenterAsk: string;
  readonly presenterOnMap: string;
  readonly presenterNext: string;
  readonly presenterNextLabel: string;
  readonly presenterEnd: string;
  readonly presenterQrShown: string;
  readonly qrHeading: string;
  readonly switchLabel: string;
  readonly switchName: string;
  readonly stillNotice: string;
  readonly openStillFullSize: string;
  readonly mapPartMissing: (files: string) => string;
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
    presenterNow: 'Now',
    presenterNotes: 'Notes',
    presenterAsk: 'Ask the class',
    presenterOnMap: 'On the map',
    presenterNext: 'Next',
    presenterNextLabel: 'Next step',
    presenterEnd: 'The end of the story',
    presenterQrShown: 'The QR code is on the audience screen',
    qrHeading: 'Open this step on your phone',
    switchLabel: '中文版',
    switchName: 'Read this in Chinese',
    stillNotice: 'This browser cannot draw the live map, so each step shows a still picture of it.',
    openStillFullSize: 'Open this picture full size',
    mapPartMissing: (files) =>
      `Part of this map could not load (${files}). The story is all here; the map tries again when you come back to this step.`,
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
    presenterNow: '当前',
    presenterNotes: '讲解要点',
    presenterAsk: '课堂提问',
    presenterOnMap: '地图上',
    presenterNext: '下一步',
    presenterNextLabel: '下一步',
    presenterEnd: '故事到此结束',
    presenterQrShown: '二维码已显示在观众屏幕上',
    qrHeading: '用手机打开这一步',
    switchLabel: 'English',
    switchName: '阅读英文版',
    stillNotice: '此浏览器无法绘制动态地图，因此每一步都显示一张静态地图。',
    openStillFullSize: '查看原尺寸图片',
    mapPartMissing: (files) =>
      `部分地图数据未能加载（${files}）。故事内容完整无缺；回到这一步时，地图会再次尝试加载。`,
  },
};
