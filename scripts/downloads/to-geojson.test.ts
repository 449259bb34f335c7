import { describe, expect, it } from 'vitest';
import { toGeoJson } from './to-geojson';

describe('toGeoJson', () => {
  const collection = toGeoJson(
    {
      stepId: 'coal',
      title: 'Coal under the hills',
      credits: [
        { name: 'Set', credit: 'Someone', licence: 'ODbL 1.0', url: 'https://example.org/' },
      ],
      features: [
        {
          kind: 'Coalfield',
          id: 'liupanshui',
          name: 'Liupanshui coalfield',
          value: 40,
          unit: 'km',
          details: ['approximate'],
          geometry: { type: 'Point', coordinates: [104.8, 26.6] },
          point: [104.8, 26.6],
          pointNote: 'the point itself',
          sources: [{ label: 'A source', url: 'https://example.org/a' }],
        },
      ],
    },
    '/s/coal/',
  );

  it('puts the sources and licences in top-level properties', () => {
    expect(collection.properties).toMatchObject({
      page: '/s/coal/',
      sources: [{ name: 'Set', licence: 'ODbL 1.0', url: 'https://example.org/' }],
    });
  });

  it('keeps each feature’s geometry, value, unit and sources', () => {
    expect(collection.features).toEqual([
      {
        type: 'Feature',
        id: 'liupanshui',
        geometry: { type: 'Point', coordinates: [104.8, 26.6] },
        properties: {
          kind: 'Coalfield',
          name: 'Liupanshui coalfield',
          value: 40,
          unit: 'km',
          details: ['approximate'],
          sources: [{ label: 'A source', url: 'https://example.org/a' }],
        },
      },
    ]);
  });
});
