import { describe, expect, it } from 'vitest';
import { countCharacters, mergeTranslation } from './merge-translation';
import type { TranslatedStep } from './translation-schema';
import type { Step } from './types';

/** The English step's sources: a translation keeps their addresses, in their order. */
const [GOUPITAN, WRI] = [
  { label: 'Wikipedia, Goupitan Dam', url: 'https://en.wikipedia.org/wiki/Goupitan_Dam' },
  { label: 'WRI database', url: 'https://datasets.wri.org/dataset/globalpowerplantdatabase' },
] as const;

const english: Step = {
  id: 'hydro',
  scene: 'hydro',
  title: 'Steep rivers, big dams',
  mapDescription: 'Guizhou with its main rivers drawn as lines.',
  notes: 'MW measures how much power a station can produce.',
  question: 'What do dams give a region?',
  sources: [GOUPITAN, WRI],
  figures: [{ value: '3,000 MW', label: 'Goupitan' }],
  index: 6,
  body: 'Rivers fall steeply.',
  file: 'content/steps/07-hydro.md',
};

const translated: TranslatedStep = {
  id: 'hydro',
  title: '河流陡急，大坝林立',
  mapDescription: '贵州及其主要河流，以线条绘出。',
  notes: '兆瓦衡量电站满负荷时能发多少电。',
  question: '大坝给一个地区带来了什么？',
  sources: [
    // The English ones with their labels translated, then one of its own.
    { ...GOUPITAN, label: '维基百科，构皮滩水电站' },
    { ...WRI, label: '世界资源研究所' },
    { label: '维基百科（中文）', url: 'https://zh.wikipedia.org/wiki/x' },
  ],
  figures: [{ value: '300万千瓦', label: '构皮滩' }],
};

const FILE = 'content/zh/steps/07-hydro.md';

describe('mergeTranslation', () => {
  it('takes the words from the translation and the scene from the English step', () => {
    const step = mergeTranslation(english, translated, '河流陡急。', FILE);
    expect(step.scene).toBe('hydro');
    expect(step.title).toBe('河流陡急，大坝林立');
    expect(step.sources).toHaveLength(3);
    expect(step.file).toBe(FILE);
    expect(step.index).toBe(6);
  });

  it.each<[string, Partial<TranslatedStep>, RegExp]>([
    ['another id', { id: 'coal' }, /id: "coal" must equal/],
    ['no title', { title: undefined }, /title: must be given/],
    ['a dropped source', { sources: translated.sources.slice(1) }, /sources\[0\]\.url: must be/],
    [
      'a source repeated among its own',
      { sources: [...translated.sources.slice(0, 2), translated.sources[0]!] },
      /sources\[2\]\.url: repeats/,
    ],
    ['a changed figure', { figures: [{ value: '350万千瓦', label: '构皮滩' }] }, /leaves out 3000/],
    ['a missing figure', { figures: [] }, /figures: must have as many/],
  ])('stops on %s, naming the file and field', (_case, change, message) => {
    const merge = () => mergeTranslation(english, { ...translated, ...change }, '正文。', FILE);
    expect(merge).toThrow(message);
    expect(merge).toThrow(FILE);
  });

  it('stops on a body too long for a phone', () => {
    expect(() => mergeTranslation(english, translated, '字'.repeat(301), FILE)).toThrow(
      /301 characters/,
    );
  });
});

describe('countCharacters', () => {
  it('counts each Han character and each Latin word once', () => {
    expect(countCharacters('贵州的**乌江** has dams')).toBe(7);
  });
});
