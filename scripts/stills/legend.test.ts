import { describe, expect, it } from 'vitest';
import type { LegendSymbol } from '@/lib/map/layers';
import { legendFor } from '@/lib/map/scene-needs';
import { sceneFor } from '@/lib/story/scene-for';
import { SCENE_IDS } from '@/lib/story/scenes';
import { buildLegend, drawLegendSymbol, legendText } from './legend';
import { escapeXml } from './svg';

const SYMBOLS: readonly LegendSymbol[] = [
  { shape: 'dot', color: '#111111', size: 9 },
  { shape: 'ring', color: '#111111' },
  { shape: 'square', color: '#111111', size: 11 },
  { shape: 'diamond', color: '#111111' },
  { shape: 'line', color: '#111111' },
  { shape: 'dashed-line', color: '#111111' },
  { shape: 'arc', color: '#111111' },
  { shape: 'area', color: '#111111', border: '#222222' },
  { shape: 'hatched-area', color: '#111111', border: '#222222' },
  { shape: 'ramp', colors: ['#000001', '#000002', '#000003'], from: '0 m', to: '9 m' },
];

describe('legend symbols', () => {
  it.each(SYMBOLS.map((symbol) => [symbol.shape, symbol] as const))(
    'draws a %s in its own colour',
    (_shape, symbol) => {
      const svg = drawLegendSymbol(symbol, 10, 20);
      expect(svg).toMatch(/^<(circle|rect|path)/);
      const colours = symbol.shape === 'ramp' ? symbol.colors : [symbol.color];
      for (const colour of colours) expect(svg).toContain(colour);
    },
  );

  it('adds a ramp its range, in words, as the live key does', () => {
    expect(legendText({ label: 'Elevation', symbol: SYMBOLS[9]! })).toBe('Elevation (0 m to 9 m)');
    expect(legendText({ label: 'River', symbol: SYMBOLS[4]! })).toBe('River');
  });
});

describe('a scene legend', () => {
  it.each(SCENE_IDS)('lists every entry of legendFor(%s), in order, escaped', (id) => {
    const entries = legendFor(sceneFor({ scene: id }));
    const svg = buildLegend(entries).draw(0, 0);
    let from = 0;
    for (const entry of entries) {
      const at = svg.indexOf(`>${escapeXml(legendText(entry))}<`, from);
      expect(at, legendText(entry)).toBeGreaterThan(from);
      from = at;
    }
  });

  it('grows with its entries and its longest label', () => {
    const one = buildLegend([{ label: 'Short', symbol: SYMBOLS[0]! }]);
    const two = buildLegend([
      { label: 'Short', symbol: SYMBOLS[0]! },
      { label: 'A much, much longer label for the same key', symbol: SYMBOLS[1]! },
    ]);
    expect(two.height).toBeGreaterThan(one.height);
    expect(two.width).toBeGreaterThan(one.width);
  });

  it('wraps a long note under the entries without widening past it', () => {
    const entries = [{ label: 'Short', symbol: SYMBOLS[0]! }];
    const note = 'Drawn flat and north up: the live map shows this view tilted in 3-D.';
    const withNote = buildLegend(entries, note);
    const svg = withNote.draw(0, 0);
    expect(withNote.height).toBeGreaterThan(buildLegend(entries).height);
    expect(withNote.width).toBeLessThanOrEqual(320 + 20);
    expect(svg.match(/<text/g)?.length).toBeGreaterThan(3);
  });
});
