import { describe, expect, it } from 'vitest';
import { WARM_UP_LAYER_IDS, WARM_UP_SHOWN_PAINT } from '@/lib/map/base-style';
import { STYLE_LAYERS_ON_TERRAIN } from '@/lib/map/scene-needs';
import { warmUpTwinId } from '@/lib/map/warm-up-style';
import { showWarmUpTwins, type TwinsMap } from './show-warm-up-twins';
import type { WarmUpTwins } from './use-warm-up';

type Call = [kind: 'layout' | 'paint', layer: string, property: string, value: unknown];

/** The calls `showWarmUpTwins` makes on a map that has every twin. */
function callsFor(twins: WarmUpTwins): Call[] {
  const calls: Call[] = [];
  const map = {
    getLayer: () => ({}),
    setLayoutProperty: (layer: string, property: string, value: unknown) => {
      calls.push(['layout', layer, property, value]);
    },
    setPaintProperty: (layer: string, property: string, value: unknown) => {
      calls.push(['paint', layer, property, value]);
    },
  } as unknown as TwinsMap;
  showWarmUpTwins(map, twins);
  return calls;
}

describe('showWarmUpTwins', () => {
  it('shows every twin by its faint opacities, never touching its visibility', () => {
    expect(WARM_UP_LAYER_IDS).toContain(warmUpTwinId('terrain-tint'));
    const calls = callsFor('all');
    for (const id of WARM_UP_LAYER_IDS) {
      const paint = Object.entries(WARM_UP_SHOWN_PAINT.get(id) ?? {});
      expect(paint.length, id).toBeGreaterThan(0);
      expect(calls.filter(([, layer]) => layer === id)).toEqual(
        paint.map(([property, value]) => ['paint', id, property, value]),
      );
    }
  });

  it('hides every twin again by opacities of 0', () => {
    const calls = callsFor('none');
    expect(calls.length).toBeGreaterThan(0);
    for (const [kind, , , value] of calls) expect([kind, value]).toEqual(['paint', 0]);
  });

  it('over terrain shows only the twins of the layers scenes on terrain show', () => {
    const onTerrain = new Set([...STYLE_LAYERS_ON_TERRAIN].map(warmUpTwinId));
    const shown = new Set(
      callsFor('on-terrain')
        .filter(([, , , value]) => value !== 0)
        .map(([, layer]) => layer),
    );
    expect([...shown].sort()).toEqual([...onTerrain].sort());
  });
});
