import { describe } from 'vitest';
import { itReturns } from '@/lib/testing/it-returns';
import { joinCjkLines } from './join-cjk-lines';

describe('joinCjkLines', () => {
  itReturns('%j → %j', joinCjkLines, [
    ['中国移动\n和中国联通', '中国移动和中国联通'],
    ['地势最高， 河谷切入', '地势最高，河谷切入'],
    ['第一段。\n\n第二段。', '第一段。\n\n第二段。'],
    ['装机 300万千瓦', '装机 300万千瓦'],
    ['苹果 iCloud 数据中心', '苹果 iCloud 数据中心'],
    ['- 一项；\n- 二项', '- 一项；\n- 二项'],
    ['English\nlines stay', 'English\nlines stay'],
  ]);
});
