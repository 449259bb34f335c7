import { describe, expect, it } from 'vitest';
import { loadStory } from '@/lib/content/load-story';
import { loadTranslatedStory } from '@/lib/content/load-translated-story';
import { missingNumbers } from '@/lib/content/same-numbers';

/**
 * The Chinese edition against the English one, step by step: the same steps in the same
 * order, with the same scenes, figures, sources and chart, so a link to a step shows the
 * same map and the same facts in either language.
 */
const english = loadStory();
const chinese = loadTranslatedStory('zh');
const pairs = english.steps.map((step, index) => [step.id, step, chinese.steps[index]] as const);

/** Han characters: a field still in English has none. */
const HAN = /\p{Script=Han}/u;

describe('the Chinese edition', () => {
  it('has every English step, in the same order, under the same id', () => {
    expect(chinese.steps.map((step) => step.id)).toEqual(english.steps.map((step) => step.id));
  });

  it.each(pairs)('%s shows the same scene, figures, sources and chart', (_id, en, zh) => {
    expect(zh?.scene).toBe(en.scene);
    expect(zh?.sources.slice(0, en.sources.length).map((source) => source.url)).toEqual(
      en.sources.map((source) => source.url),
    );
    expect(zh?.figures?.length ?? 0).toBe(en.figures?.length ?? 0);
    en.figures?.forEach((figure, index) => {
      expect(missingNumbers(figure.value, zh?.figures?.[index]?.value ?? '')).toEqual([]);
    });
    expect(zh?.chart?.points).toEqual(en.chart?.points);
    expect(zh?.chart?.marker.year).toBe(en.chart?.marker.year);
    expect(zh?.factChecks?.map((check) => check.source.url)).toEqual(
      en.factChecks?.map((check) => check.source.url),
    );
  });

  it.each(pairs)('%s is written in Chinese', (_id, en, zh) => {
    for (const text of [zh?.title ?? '', zh?.body, zh?.mapDescription, zh?.notes, zh?.question]) {
      expect(text).toMatch(HAN);
    }
    expect(zh?.body).not.toBe(en.body);
    for (const source of zh?.sources ?? []) expect(source.label).toMatch(HAN);
  });

  it('uses the names Chinese sources use', () => {
    const text = chinese.steps.map((step) => `${step.title} ${step.body} ${step.notes}`).join(' ');
    for (const name of [
      '贵州',
      '贵安新区',
      '国家大数据（贵州）综合试验区',
      '云上贵州',
      '东数西算',
      '数博会',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('cites sources in Chinese beside the English ones', () => {
    const chineseSources = chinese.steps.flatMap((step) =>
      step.sources.filter((source) =>
        /（中文）$|zh\.wikipedia\.org/.test(`${source.label} ${source.url}`),
      ),
    );
    expect(chineseSources.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps the English credits and marks its pages as Simplified Chinese', () => {
    expect(chinese.meta.lang).toBe('zh-Hans');
    expect(chinese.meta.title).toMatch(HAN);
    expect(chinese.meta.datasets).toEqual(english.meta.datasets);
    expect(chinese.meta.asOf).toBe(english.meta.asOf);
  });
});

describe('the Chinese text as a reader sees it', () => {
  it('has no space between two Chinese characters, where a line was wrapped', () => {
    const between = /[\p{Script=Han}，。、；：]\s+[\p{Script=Han}，。、；：]/u;
    for (const step of chinese.steps) {
      for (const text of [step.title ?? '', step.mapDescription, step.notes, step.question]) {
        expect(text, step.id).not.toMatch(between);
      }
      for (const paragraph of step.body.split('\n\n'))
        expect(paragraph, step.id).not.toMatch(between);
    }
    expect(chinese.meta.dek).not.toMatch(between);
  });
});
