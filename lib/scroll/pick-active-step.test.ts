import { describe, expect, it } from 'vitest';
import { pickActiveIndex } from './pick-active-step';

describe('pickActiveIndex', () => {
  it.each([
    {
      name: 'nothing reached the line: the first step',
      tops: [600, 1400, 2200],
      trigger: 400,
      index: 0,
    },
    { name: 'the first step crossed', tops: [300, 1100, 1900], trigger: 400, index: 0 },
    { name: 'exactly on the line counts', tops: [-400, 400, 1200], trigger: 400, index: 1 },
    { name: 'the last crossed step wins', tops: [-2000, -1200, -400, 399], trigger: 400, index: 3 },
    { name: 'past the end: the last step', tops: [-3000, -2000, -1000], trigger: 400, index: 2 },
    { name: 'no steps', tops: [], trigger: 400, index: 0 },
  ])('$name', ({ tops, trigger, index }) => {
    expect(pickActiveIndex(tops, trigger)).toBe(index);
  });
});
