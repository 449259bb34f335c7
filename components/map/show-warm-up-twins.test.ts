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

const byPaint = WARM_UP_LAYER_IDS.filter((id) => WARM_UP_SHOWN_PAINT.get(id));
const byVisibility = WARM_UP_LAYER_IDS.filter((id) => !WARM_UP_SHOWN_PAINT.get(id));

describe('showWarmUpTwins', () => {
  it('shows most twins by their opacity, never touching their visibility', () => {
    // Every layer but the colour relief: no opacity varies by feature (base-style.test.ts).
    expect(byPaint.length).toBe(WARM_UP_LAYER_IDS.length - 1);
    const calls = callsFor('all');
    for (const id of byPaint) {
      expect(calls.filter(([, layer]) => layer === id)).toEqual(
        Object.entries(WARM_UP_SHOWN_PAINT.get(id) ?? {}).map(([property, value]) => [
          'paint',
          id,
          property,
          value,
        ]),
      );
    }
  });

  it('shows the others by visibility', () => {
    expect(byVisibility).toEqual([warmUpTwinId('terrain-tint')]);
    const calls = callsFor('all');
    for (const id of byVisibility) {
      expect(calls.filter(([, layer]) => layer === id)).toEqual([
        ['layout', id, 'visibility', 'visible'],
      ]);
    }
  });

  it('hides every twin again, by an opacity of 0 or by visibility', () => {
    for (const [kind, , property, value] of callsFor('none')) {
      if (kind === 'paint') expect([property, value]).toEqual([property, 0]);
      else expect([property, value]).toEqual(['visibility', 'none']);
    }
  });

  it('over terrain shows only the twins of the layers scenes on terrain show', () => {
    const onTerrain = new Set([...STYLE_LAYERS_ON_TERRAIN].map(warmUpTwinId));
    const shown = new Set(
      callsFor('on-terrain')
        .filter(([, , , value]) => value !== 0 && value !== 'none')
        .map(([, layer]) => layer),
    );
    expect([...shown].sort()).toEqual([...onTerrain].sort());
  });
});
