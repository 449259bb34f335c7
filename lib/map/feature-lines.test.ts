import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { formatFeatureLines, parseFeatureLines } from './feature-lines';

const feature = (id: number) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106 + id / 10, 26] },
  properties: { id: `p${id}`, label: 'two\nlines' },
});
const FEATURES = Array.from({ length: 5 }, (_, id) => feature(id));

/** A clock that moves `step` ms each time it is read. */
function ticking(step: number) {
  let time = 0;
  return () => (time += step);
}

const noPause = { pause: async () => undefined };

describe('formatFeatureLines', () => {
  it('writes valid GeoJSON with one feature per line', () => {
    const text = formatFeatureLines(FEATURES);
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features: FEATURES });
    expect(text.split('\n')).toHaveLength(FEATURES.length + 2);
  });

  it('writes an empty collection on one line', () => {
    expect(formatFeatureLines([])).toBe('{"type":"FeatureCollection","features":[]}');
  });
});

describe('parseFeatureLines', () => {
  it('reads back what was written', async () => {
    const parsed = await parseFeatureLines(formatFeatureLines(FEATURES), noPause);
    expect(parsed).toEqual({ type: 'FeatureCollection', features: FEATURES });
  });

  it('lets the page draw whenever a slice of parsing has taken its time, not after the last', async () => {
    const pause = vi.fn(async () => undefined);
    // Each feature "takes" 5 ms: a pause after every second one (8 ms slices), none at the end.
    await parseFeatureLines(formatFeatureLines(FEATURES), { pause, now: ticking(5) });
    expect(pause).toHaveBeenCalledTimes(2);
  });

  it('never pauses when the parse is quick', async () => {
    const pause = vi.fn(async () => undefined);
    await parseFeatureLines(formatFeatureLines(FEATURES), { pause, now: () => 0 });
    expect(pause).not.toHaveBeenCalled();
  });

  it('parses any other JSON layout at once, as JSON.parse would', async () => {
    const compact = JSON.stringify({ type: 'FeatureCollection', features: FEATURES });
    expect(await parseFeatureLines(compact, noPause)).toEqual(JSON.parse(compact));
    expect(await parseFeatureLines('{"hello":"world"}', noPause)).toEqual({ hello: 'world' });
  });

  it.each([
    ['cut short mid-feature', (text: string) => text.slice(0, text.length / 2)],
    ['cut short at the end', (text: string) => text.slice(0, -2)],
    ['with a broken feature line', (text: string) => text.replace('"Point"', '"Point')],
    ['with a missing comma', (text: string) => text.replace('},\n', '}\n')],
  ])('rejects a file %s', async (_name, damage) => {
    await expect(parseFeatureLines(damage(formatFeatureLines(FEATURES)), noPause)).rejects.toThrow(
      SyntaxError,
    );
  });

  it.each(['countries', 'provinces', 'prefectures', 'rivers'])(
    'reads public/data/%s.json, written in this layout, as JSON.parse does',
    async (name) => {
      const text = readFileSync(`public/data/${name}.json`, 'utf8');
      expect(text.startsWith('{"type":"FeatureCollection","features":[\n')).toBe(true);
      expect(await parseFeatureLines(text, noPause)).toEqual(JSON.parse(text));
    },
  );
});
