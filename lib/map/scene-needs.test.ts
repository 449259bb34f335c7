import { describe, expect, it } from 'vitest';
import { sceneFor } from '@/lib/story/scene-for';
import { RIVER_LABELS_ID } from './river-names';
import { visibleStyleLayers } from './scene-needs';

describe('visibleStyleLayers', () => {
  const hydro = sceneFor({ scene: 'hydro' });

  it('holds the river names back until the rivers themselves are on the map', () => {
    const before = visibleStyleLayers(hydro, new Set());
    expect(before.has('rivers-line')).toBe(true);
    expect(before.has(RIVER_LABELS_ID)).toBe(false);
    expect(visibleStyleLayers(hydro, new Set(['rivers'])).has(RIVER_LABELS_ID)).toBe(true);
  });

  it('shows no river names in a scene without rivers, whatever has loaded', () => {
    const china = sceneFor({ scene: 'china' });
    expect(visibleStyleLayers(china, new Set(['rivers'])).has(RIVER_LABELS_ID)).toBe(false);
  });
});
