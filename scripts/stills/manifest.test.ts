import { describe, expect, it } from 'vitest';
import { parseManifest, staleStills } from './manifest';

const inputs = { scene: 's1', text: 't1', style: 'y1', data: 'd1', renderers: 'r1' };

describe('stale stills', () => {
  it('finds none when every step has a still made from its current inputs', () => {
    const current = new Map([['plateau', inputs]]);
    expect(staleStills([{ id: 'plateau', inputs }], current)).toEqual([]);
  });

  it.each([
    ['a fill opacity in the style', { style: 'y2' }, 'plateau: style changed'],
    ["the step's title", { text: 't2' }, 'plateau: text changed'],
    [
      'a data file and the renderer',
      { data: 'd2', renderers: 'r2' },
      'plateau: data, renderers changed',
    ],
    ["the scene's camera", { scene: 's2' }, 'plateau: scene changed'],
  ])('names what changed: %s', (_what, change, message) => {
    const current = new Map([['plateau', { ...inputs, ...change }]]);
    expect(staleStills([{ id: 'plateau', inputs }], current)).toEqual([message]);
  });

  it('finds a step without a still and a still without a step', () => {
    const current = new Map([['coal', inputs]]);
    expect(staleStills([{ id: 'plateau', inputs }], current)).toEqual([
      'coal: no still',
      'plateau: not a step any more',
    ]);
  });
});

describe('reading a manifest', () => {
  it('names the field at fault', () => {
    const text = JSON.stringify({ edition: 'en', browser: 'x', stills: [{ id: 'plateau' }] });
    expect(() => parseManifest(text, 'manifest.json')).toThrow(/^manifest\.json: stills\.0\.alt: /);
  });
});
