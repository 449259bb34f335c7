import { describe, expect, it } from 'vitest';
import { WARM_UP_LAYER_IDS } from '@/lib/map/base-style';
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
      const mine = calls.filter(([, layer]) => layer === id);
      expect(mine.length, id).toBeGreaterThan(0);
      for (const [kind, , property, value] of mine) {
        expect([kind, property.endsWith('-opacity')], id).toEqual(['paint', true]);
        expect(value, id).toBe(0.001);
      }
    }
  });

  it('hides every twin again by opacities of 0', () => {
    const calls = callsFor('none');
    expect(calls.length).toBeGreaterThan(0);
    for (const [kind, , , value] of calls) expect([kind, value]).toEqual(['paint', 0]);
  });

  it('once the warm-up is done, takes every twin off the map by its visibility', () => {
    expect(callsFor('gone')).toEqual(
      WARM_UP_LAYER_IDS.map((id) => ['layout', id, 'visibility', 'none']),
    );
  });

  it('touches no twin the map does not have', () => {
    const calls: unknown[] = [];
    const map = {
      getLayer: () => undefined,
      setLayoutProperty: (...args: unknown[]) => calls.push(args),
      setPaintProperty: (...args: unknown[]) => calls.push(args),
    } as unknown as TwinsMap;
    showWarmUpTwins(map, 'all');
    showWarmUpTwins(map, 'gone');
    expect(calls).toEqual([]);
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
