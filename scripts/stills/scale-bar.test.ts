import { describe, expect, it } from 'vitest';
import { sceneFor } from '@/lib/story/scene-for';
import { MAP_FRAME } from './layout';
import { pixelsPerMetre, stillView } from './projection';
import { drawScaleBar, formatDistance, scaleLength } from './scale-bar';

describe('the scale bar', () => {
  const close = stillView(sceneFor({ scene: 'data-centres' }), MAP_FRAME);

  it('takes the longest round distance that fits', () => {
    const scale = scaleLength(close, 26.37);
    expect(scale).not.toBeNull();
    expect(scale?.px).toBeLessThanOrEqual(120);
    expect(scale?.px).toBeCloseTo((scale?.metres ?? 0) * pixelsPerMetre(close, 26.37), 6);
    expect(scaleLength(close, 26.37, (scale?.px ?? 0) * 2.6)?.metres).toBeGreaterThan(
      scale?.metres ?? 0,
    );
  });

  it.each([
    [200, '200 m'],
    [1000, '1 km'],
    [20_000, '20 km'],
  ])('writes %d m as %s', (metres, text) => {
    expect(formatDistance(metres)).toBe(text);
  });

  it('is drawn on close views only, where one scale holds across the image', () => {
    expect(drawScaleBar(close, 1190, 600)?.svg).toContain('km');
    const wide = stillView(sceneFor({ scene: 'china' }), MAP_FRAME);
    expect(drawScaleBar(wide, 1190, 600)).toBeNull();
  });
});
