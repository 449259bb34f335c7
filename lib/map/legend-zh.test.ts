import { describe, expect, it } from 'vitest';
import { STORY_LAYERS } from './layers';
import { LEGEND_ZH } from './legend-zh';

describe('the Chinese key', () => {
  it('names every entry the layer catalogue can show', () => {
    const labels = Object.values(STORY_LAYERS).flatMap((layer) => layer.legend.map((e) => e.label));
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) expect(LEGEND_ZH, label).toHaveProperty([label]);
  });
});
