import { describe, expect, it } from 'vitest';
import { loadStory } from '@/lib/content/load-story';
import { DATA_LAYERS, downloadFilesFor } from '@/lib/downloads/step-downloads';
import { sceneFor } from '@/lib/story/scene-for';
import { LAYER_IDS } from '@/lib/map/layers';
import { loadMapData } from '../map-data';
import { LAYER_TABLES } from './layer-tables';
import { stepData } from './step-data';

const story = loadStory();
const data = loadMapData(process.cwd());
const datasets = story.meta.datasets;

describe('the tables behind the downloads', () => {
  it('cover exactly the layers the app offers downloads for', () => {
    const withTables = LAYER_IDS.filter((layer) => LAYER_TABLES[layer] !== undefined);
    expect(withTables).toEqual(LAYER_IDS.filter((layer) => DATA_LAYERS.has(layer)));
  });

  it('give every layer at least one feature, each named and placed in range', () => {
    for (const [layer, table] of Object.entries(LAYER_TABLES)) {
      const features = table.features(data);
      expect(features.length, layer).toBeGreaterThan(0);
      for (const feature of features) {
        expect(feature.name, `${layer}:${feature.id}`).not.toBe('');
        if (!feature.point) continue;
        const [lon, lat] = feature.point;
        // The story's maps lie between Xinjiang and the coast: a swapped or wound-wrong
        // centre (the far side of the globe) would fall outside.
        expect(lon, `${layer}:${feature.id}`).toBeGreaterThan(70);
        expect(lon, `${layer}:${feature.id}`).toBeLessThan(135);
        expect(lat, `${layer}:${feature.id}`).toBeGreaterThan(15);
        expect(lat, `${layer}:${feature.id}`).toBeLessThan(55);
      }
    }
  });
});

describe('stepData', () => {
  it('is there for every step whose map shows data, and only for those', () => {
    for (const step of story.steps) {
      const scene = sceneFor(step);
      const contents = stepData(step, scene, data, datasets);
      expect(contents !== null, step.id).toBe(downloadFilesFor(step.id, scene) !== null);
    }
    const question = story.steps.find((step) => step.scene === 'china');
    expect(question && stepData(question, sceneFor(question), data, datasets)).toBeNull();
  });

  it('lists the hydro step’s stations with capacity in MW and credits the WRI database', () => {
    const contents = stepData({ id: 'hydro' }, sceneFor({ scene: 'hydro' }), data, datasets);
    const goupitan = contents?.features.find((feature) => feature.id === 'goupitan');
    expect(goupitan).toMatchObject({ kind: 'Hydro station', value: 3000, unit: 'MW' });
    expect(contents?.credits.map((credit) => credit.licence)).toContain('CC BY 4.0');
  });

  it('lists each thing once where two layers show it (the capital is also a city)', () => {
    const contents = stepData({ id: 'guian' }, sceneFor({ scene: 'guian' }), data, datasets);
    const keys = contents?.features.map((feature) => `${feature.kind}:${feature.id}`) ?? [];
    expect(new Set(keys).size).toBe(keys.length);
    const peoples = stepData({ id: 'p' }, sceneFor({ scene: 'peoples' }), data, datasets);
    const ids = peoples?.features.map((feature) => feature.id) ?? [];
    expect(ids.filter((id) => id === 'qiannan')).toHaveLength(1);
  });

  it('gives the wealth map every province’s GDP per person with its unit', () => {
    const contents = stepData({ id: 'w' }, sceneFor({ scene: 'wealth' }), data, datasets);
    const guizhou = contents?.features.find((feature) => feature.id === 'guizhou');
    expect(guizhou?.unit).toBe('US$ per person, 2021');
    expect(guizhou?.value).toBeGreaterThan(5000);
    // The centre of Guizhou, not of the rest of the globe.
    expect(guizhou?.point?.[0]).toBeCloseTo(106.8, 0);
  });

  it('refuses a dataset story.yaml does not credit, naming it', () => {
    const withoutWri = datasets.filter((d) => d.name !== 'Global Power Plant Database');
    expect(() => stepData({ id: 'coal' }, sceneFor({ scene: 'coal' }), data, withoutWri)).toThrow(
      'content/story.yaml: datasets: no entry named "Global Power Plant Database"',
    );
  });
});
