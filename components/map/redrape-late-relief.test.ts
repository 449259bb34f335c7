import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { TERRAIN_SOURCE } from '@/lib/map/base-style';
import { TERRAIN_TINT_SOURCE } from '@/lib/map/layers/terrain';
import { redrapeLateRelief, type DrapingInternals } from './redrape-late-relief';

type Listener = (event: { sourceId: string; tile?: object }) => void;

/** A map with terrain on, whose tiles have their draped textures drawn. */
class StandInMap implements DrapingInternals {
  readonly tiles = [{ rtt: ['drawn'] as unknown[] }, { rtt: ['drawn'] as unknown[] }];
  /** As MapLibre's terrain tile manager: `freeRtt()` empties every tile's draped textures. */
  readonly tileManager = {
    freeRtt: () => {
      for (const tile of this.tiles) tile.rtt = [];
    },
  };
  terrain: DrapingInternals['terrain'] = { tileManager: this.tileManager };
  repaints = 0;
  private listeners: Listener[] = [];
  on = ((_type: string, listener: Listener) => {
    this.listeners.push(listener);
    return this;
  }) as unknown as MaplibreMap['on'];
  off = ((_type: string, listener: Listener) => {
    this.listeners = this.listeners.filter((other) => other !== listener);
    return this;
  }) as unknown as MaplibreMap['off'];
  triggerRepaint() {
    this.repaints += 1;
  }
  /** A `sourcedata` event of the source, with a loaded tile unless told `null`. */
  arrive(sourceId: string, tile: object | null = {}) {
    for (const listener of this.listeners) listener({ sourceId, tile: tile ?? undefined });
  }
  drawn() {
    return this.tiles.map((tile) => tile.rtt.length > 0);
  }
}

const asMap = (map: StandInMap) => map as unknown as MaplibreMap;

describe('redrapeLateRelief', () => {
  it('draws the draped textures again, and the map, when a tile of the tint arrives', () => {
    const map = new StandInMap();
    redrapeLateRelief(asMap(map));
    map.arrive(TERRAIN_TINT_SOURCE);
    expect(map.drawn()).toEqual([false, false]);
    expect(map.repaints).toBe(1);
  });

  it("leaves them for other sources' tiles, and for the tint's events that bring no tile", () => {
    const map = new StandInMap();
    redrapeLateRelief(asMap(map));
    map.arrive(TERRAIN_SOURCE);
    map.arrive(TERRAIN_TINT_SOURCE, null);
    expect(map.drawn()).toEqual([true, true]);
    expect(map.repaints).toBe(0);
  });

  it('does nothing while terrain is off, without the internals it uses, or once stopped', () => {
    const map = new StandInMap();
    const stop = redrapeLateRelief(asMap(map));
    map.terrain = null;
    map.arrive(TERRAIN_TINT_SOURCE);
    map.terrain = {};
    expect(() => map.arrive(TERRAIN_TINT_SOURCE)).not.toThrow();
    expect(map.repaints).toBe(0);
    map.terrain = { tileManager: map.tileManager };
    stop();
    map.arrive(TERRAIN_TINT_SOURCE);
    expect(map.drawn()).toEqual([true, true]);
    expect(map.repaints).toBe(0);
  });
});
