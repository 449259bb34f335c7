import type { Edition } from '@/lib/content/editions';

/**
 * The presenter view's and the QR card's words: apart from `CLIENT_TEXT`, so that the scroll
 * story's first screen does not load the presentation's words.
 */
export interface PresenterText {
  readonly now: string;
  readonly notes: string;
  readonly ask: string;
  readonly onMap: string;
  readonly next: string;
  readonly nextLabel: string;
  readonly end: string;
  readonly qrShown: string;
  readonly qrHeading: string;
}

export const PRESENTER_TEXT: Record<Edition, PresenterText> = {
  en: {
    now: 'Now',
    notes: 'Notes',
    ask: 'Ask the class',
    onMap: 'On the map',
    next: 'Next',
    nextLabel: 'Next step',
    end: 'The end of the story',
    qrShown: 'The QR code is on the audience screen',
    qrHeading: 'Open this step on your phone',
  },
  zh: {
    now: '当前',
    notes: '讲解要点',
    ask: '课堂提问',
    onMap: '地图上',
    next: '下一步',
    nextLabel: '下一步',
    end: '故事到此结束',
    qrShown: '二维码已显示在观众屏幕上',
    qrHeading: '用手机打开这一步',
  },
};
