import type { Edition } from '@/lib/content/editions';
import { CLIENT_TEXT, type ClientText } from './client-text';

/**
 * The words the views say around the story's own: buttons, headings, labels. One entry per
 * edition, checked by the type to say the same things; the story's words are in content/.
 * Server components use these; client components use CLIENT_TEXT, a part of them.
 */
export type UiText = ClientText &
  Readonly<
    Record<
      | 'kicker'
      | 'readAsText'
      | 'readAsTextWhy'
      | 'scrollHint'
      | 'factsCheckedAsOf'
      | 'factCheck'
      | 'originalSaid'
      | 'inFact'
      | 'chartYear'
      | 'listSeparator'
      | 'mapLabel'
      | 'closeDetails'
      | 'creditsTitle'
      | 'originalArticle'
      | 'sourcesCited'
      | 'mapData'
      | 'fonts'
      | 'software'
      | 'licence'
      | 'textKicker'
      | 'readWithMap'
      | 'openAtStep'
      | 'embedCredit',
      string
    >
  > &
  /** Words that depend on how many sources there are. */
  Readonly<Record<'sources' | 'plainSources' | 'chartSources', (count: number) => string>> &
  /** Words around a title: a page's or a feature's. */
  Readonly<
    Record<
      'details' | 'textVersionTitle' | 'presentationTitle' | 'presenterTitle',
      (title: string) => string
    >
  >;

export const UI_TEXT: Record<Edition, UiText> = {
  en: {
    ...CLIENT_TEXT.en,
    kicker: 'A map story',
    readAsText: 'Read it as text',
    readAsTextWhy: ' (fastest on any device, and for printing)',
    scrollHint: 'Scroll to begin ↓',
    factsCheckedAsOf: 'Facts checked as of ',
    sources: (count) => (count === 1 ? 'Source' : `Sources (${count})`),
    plainSources: (count) => (count === 1 ? 'Source' : 'Sources'),
    factCheck: 'Fact check',
    originalSaid: 'The original article said: ',
    inFact: 'In fact: ',
    chartYear: 'Year',
    chartSources: (count) => (count > 1 ? 'Sources: ' : 'Source: '),
    listSeparator: '; ',
    mapLabel: 'Map: ',
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
  },
  zh: {
    ...CLIENT_TEXT.zh,
    kicker: '地图故事',
    readAsText: '阅读纯文字版',
    readAsTextWhy: '（任何设备上都最快，也适合打印）',
    scrollHint: '向下滚动开始 ↓',
    factsCheckedAsOf: '事实核查截至',
    sources: (count) => `来源（${count}）`,
    plainSources: () => '来源',
    factCheck: '事实核查',
    originalSaid: '原文说：',
    inFact: '事实是：',
    chartYear: '年份',
    chartSources: () => '来源：',
    listSeparator: '；',
    mapLabel: '地图：',
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
  },
};
