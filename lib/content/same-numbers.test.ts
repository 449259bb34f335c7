import { describe, expect, it } from 'vitest';
import { missingNumbers, numbersIn } from './same-numbers';

describe('numbersIn', () => {
  it('reads thousands separators as part of the number', () => {
    expect(numbersIn('1,000–2,000 m')).toEqual([1000, 2000]);
    expect(numbersIn('74.78 GW')).toEqual([74.78]);
  });
});

describe('missingNumbers', () => {
  it.each([
    ['38.6 million', '3860万'],
    ['25 Feb 2016', '2016年2月25日'],
    ['3,000 MW', '300万千瓦'],
    ['> 600 TWh', '> 6000亿千瓦时'],
    ['28th of 31', '第28位（共31）'],
    ['US$1 bn', '10亿美元'],
  ])('finds "%s" in "%s"', (english, translated) => {
    expect(missingNumbers(english, translated)).toEqual([]);
  });

  it.each([
    ['3,000 MW', '350万千瓦', [3000]],
    ['28th of 31', '第27位（共31）', [28]],
    ['25 Feb 2016', '2017年2月25日', [2016]],
    ['92.5 %', '92 %', [92.5]],
  ])('says "%s" is not "%s"', (english, translated, missing) => {
    expect(missingNumbers(english, translated)).toEqual(missing);
  });
});
