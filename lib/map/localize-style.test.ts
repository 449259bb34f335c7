import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { MAP_FONT_CJK, localizeStyle } from './localize-style';

const style: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [
    {
      id: 'labels',
      type: 'symbol',
      source: 'places',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [
          'case',
          ['==', ['get', 'kind'], 'capital'],
          ['literal', ['Story Sans Bold']],
          ['literal', ['Story Sans']],
        ],
      },
    },
    {
      id: 'rivers',
      type: 'symbol',
      source: 'rivers',
      layout: { 'text-field': ['concat', ['get', 'name'], ' River'], 'text-font': ['Story Sans'] },
    },
    {
      id: 'maotai',
      type: 'symbol',
      source: 'places',
      layout: { 'text-field': 'Maotai town (Moutai liquor)', 'text-font': ['Story Sans'] },
    },
    { id: 'land', type: 'fill', source: 'countries' },
  ],
};

describe('localizeStyle', () => {
  it('leaves the English map as it is', () => {
    expect(localizeStyle(style, 'en')).toBe(style);
  });

  const chinese = localizeStyle(style, 'zh');
  const layout = (index: number) => {
    const layer = chinese.layers[index];
    return layer?.type === 'symbol' ? layer.layout : undefined;
  };

  it('names features from the data’s nameZh, else the names table', () => {
    const field = JSON.stringify(layout(0)?.['text-field']);
    expect(field).toContain('"nameZh"');
    expect(field).toContain('"Guiyang","贵阳"');
  });

  it('adds the CJK family to literal font stacks only, not to the expression around them', () => {
    expect(layout(0)?.['text-font']).toEqual([
      'case',
      ['==', ['get', 'kind'], 'capital'],
      ['literal', ['Story Sans Bold', MAP_FONT_CJK]],
      ['literal', ['Story Sans', MAP_FONT_CJK]],
    ]);
    expect(layout(1)?.['text-font']).toEqual(['Story Sans', MAP_FONT_CJK]);
  });

  it('drops the English word after a river’s name and translates fixed labels', () => {
    expect(JSON.stringify(layout(1)?.['text-field'])).not.toContain('River');
    expect(layout(2)?.['text-field']).toBe('茅台镇（茅台酒）');
  });

  it('keeps layers without labels as they are', () => {
    expect(chinese.layers[3]).toBe(style.layers[3]);
  });
});
