import type { Edition } from '@/lib/content/editions';

/**
 * The words the views say around the story's own: buttons, headings, labels. One entry per
 * edition, checked by the type to say the same things; the story's words are in content/.
 */
export interface UiText {
  readonly skipToText: string;
  readonly kicker: string;
  readonly readAsText: string;
  readonly readAsTextWhy: string;
  readonly scrollHint: string;
  readonly factsCheckedAsOf: string;
  readonly stepFallbackTitle: (number: number) => string;
  readonly sources: (count: number) => string;
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly copyThisLink: string;
  readonly stepsButton: string;
  readonly openStepList: string;
  readonly stepListLabel: string;
  readonly stepOf: (total: number) => string;
  readonly factCheck: string;
  readonly originalSaid: string;
  readonly inFact: string;
  readonly chartYear: string;
  readonly chartSources: (count: number) => string;
  readonly listSeparator: string;
  readonly mapLabel: string;
  readonly mapKey: string;
  readonly closeDetails: string;
  readonly details: (title: string) => string;
  readonly creditsTitle: string;
  readonly originalArticle: string;
  readonly sourcesCited: string;
  readonly mapData: string;
  readonly fonts: string;
  readonly software: string;
  readonly licence: string;
  readonly textKicker: string;
  readonly textVersionTitle: (title: string) => string;
  readonly readWithMap: string;
  readonly openAtStep: string;
  readonly embedCredit: string;
  readonly presentationTitle: (title: string) => string;
  readonly presenterTitle: (title: string) => string;
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
}

export const UI_TEXT: Record<Edition, UiText> = {
  en: {
    skipToText: 'Skip to the story text',
    kicker: 'A map story',
    readAsText: 'Read it as text',
    readAsTextWhy: ' (fastest on any device, and for printing)',
    scrollHint: 'Scroll to begin ↓',
    factsCheckedAsOf: 'Facts checked as of ',
    stepFallbackTitle: (number) => `Step ${number}`,
    sources: (count) => (count === 1 ? 'Source' : `Sources (${count})`),
    copyLink: 'Copy link to this step',
    linkCopied: 'Link copied.',
    copyThisLink: 'Copy this link:',
    stepsButton: 'Steps: step ',
    openStepList: '. Open the list of steps',
    stepListLabel: 'Story steps',
    stepOf: (total) => ` of ${total}:`,
    factCheck: 'Fact check',
    originalSaid: 'The original article said: ',
    inFact: 'In fact: ',
    chartYear: 'Year',
    chartSources: (count) => (count > 1 ? 'Sources: ' : 'Source: '),
    listSeparator: '; ',
    mapLabel: 'Map: ',
    mapKey: 'Key',
    closeDetails: 'Close details',
    details: (title) => `Details: ${title}`,
    creditsTitle: 'Sources and credits',
    originalArticle: 'The original article.',
    sourcesCited: 'Sources cited',
    mapData: 'Map data',
    fonts: 'Fonts',
    software: 'Software',
    licence: 'Licence',
    textKicker: 'A map story, as text',
    textVersionTitle: (title) => `${title} (text version)`,
    readWithMap: 'Read it with the moving map',
    openAtStep: 'Open the story at this step',
    embedCredit: 'Sources, credits and the full story',
    presentationTitle: (title) => `Presentation: ${title}`,
    presenterTitle: (title) => `Presenter view: ${title}`,
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
  },
  zh: {
    skipToText: '跳到故事正文',
    kicker: '地图故事',
    readAsText: '阅读纯文字版',
    readAsTextWhy: '（任何设备上都最快，也适合打印）',
    scrollHint: '向下滚动开始 ↓',
    factsCheckedAsOf: '事实核查截至',
    stepFallbackTitle: (number) => `第${number}步`,
    sources: (count) => `来源（${count}）`,
    copyLink: '复制本步链接',
    linkCopied: '链接已复制。',
    copyThisLink: '请复制此链接：',
    stepsButton: '步骤：第',
    openStepList: '步。打开步骤列表',
    stepListLabel: '故事步骤',
    stepOf: (total) => `，共${total}步：`,
    factCheck: '事实核查',
    originalSaid: '原文说：',
    inFact: '事实是：',
    chartYear: '年份',
    chartSources: () => '来源：',
    listSeparator: '；',
    mapLabel: '地图：',
    mapKey: '图例',
    closeDetails: '关闭详情',
    details: (title) => `详情：${title}`,
    creditsTitle: '来源与致谢',
    originalArticle: '原文。',
    sourcesCited: '引用来源（除注明“中文”者外均为外文资料）',
    mapData: '地图数据',
    fonts: '字体',
    software: '软件',
    licence: '许可',
    textKicker: '地图故事 · 纯文字版',
    textVersionTitle: (title) => `${title}（纯文字版）`,
    readWithMap: '带动态地图阅读',
    openAtStep: '在这一步打开故事',
    embedCredit: '来源、致谢与完整故事',
    presentationTitle: (title) => `演示：${title}`,
    presenterTitle: (title) => `演讲者视图：${title}`,
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
  },
};
