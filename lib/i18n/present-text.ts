import type { Edition } from '@/lib/content/editions';
import type { PresentAction } from '@/lib/present/keys';

/**
 * The words of presentation mode and the presenter view: their buttons, clock and keys.
 * Apart from the story's client words, so the scroll article does not carry them.
 */
export interface PresentText {
  readonly controls: string;
  readonly previous: string;
  readonly next: string;
  readonly qr: string;
  readonly qrOnScreen: string;
  readonly fullscreen: string;
  readonly keys: string;
  readonly keysTitle: string;
  readonly clickerNote: string;
  readonly close: string;
  readonly time: string;
  readonly elapsed: string;
  readonly restartTimer: string;
  readonly stepOf: (shown: number, total: number) => string;
  /** What each key does, where the edition says it in its own words (English: keys.ts). */
  readonly does?: Readonly<Record<PresentAction, string>>;
}

export const PRESENT_TEXT: Record<Edition, PresentText> = {
  en: {
    controls: 'Presentation controls',
    previous: '← Previous',
    next: 'Next →',
    qr: 'QR code',
    qrOnScreen: 'QR code on screen',
    fullscreen: 'Fullscreen',
    keys: 'Keys ?',
    keysTitle: 'Keys',
    clickerNote: 'A presentation clicker’s buttons work as Page Up and Page Down.',
    close: 'Close',
    time: 'Time',
    elapsed: 'Elapsed',
    restartTimer: 'Restart timer',
    stepOf: (shown, total) => `Step ${shown} of ${total}`,
  },
  zh: {
    controls: '演示控制',
    previous: '← 上一步',
    next: '下一步 →',
    qr: '二维码',
    qrOnScreen: '在屏幕上显示二维码',
    fullscreen: '全屏',
    keys: '快捷键 ?',
    keysTitle: '快捷键',
    clickerNote: '翻页笔的按键相当于 Page Up 和 Page Down。',
    close: '关闭',
    time: '时间',
    elapsed: '已用时',
    restartTimer: '重新计时',
    stepOf: (shown, total) => `第${shown}步，共${total}步`,
    does: {
      next: '下一步',
      previous: '上一步',
      first: '第一步',
      last: '最后一步',
      fullscreen: '开关全屏',
      qr: '开关本步的二维码',
      presenter: '在新窗口打开演讲者视图',
      help: '显示这些快捷键',
      dismiss: '关闭帮助或二维码；退出全屏',
    },
  },
};
