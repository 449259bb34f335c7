import { describe, expect, it } from 'vitest';
import { ELEVATION_RAMP } from '@/lib/map/palette';
import { bandColour, elevationColour, parseColour, TerrainSampler } from './terrain-sampler';

describe('the elevation ramp', () => {
  it('reads both colour forms the ramp uses', () => {
    expect(parseColour('#d7e6c8')).toEqual([215, 230, 200, 255]);
    expect(parseColour('rgba(215, 230, 200, 0)')).toEqual([215, 230, 200, 0]);
  });

  it.each(ELEVATION_RAMP.map(([metres, colour]) => [metres, colour] as const))(
    'gives %d m its stop colour',
    (metres, colour) => {
      expect(elevationColour(metres)).toEqual(parseColour(colour));
    },
  );

  it('interpolates between stops and holds beyond the ends', () => {
    const [r] = elevationColour(500);
    expect(r).toBeGreaterThan(198);
    expect(r).toBeLessThan(228);
    expect(elevationColour(9000)).toEqual(elevationColour(2600));
    expect(elevationColour(-50)[3]).toBe(0);
  });

  it('colours a band alike from its floor to its ceiling, and leaves the sea clear', () => {
    expect(bandColour(1100)).toEqual(bandColour(1499));
    expect(bandColour(1100)).toEqual(elevationColour(1300));
    expect(bandColour(1500)).not.toEqual(bandColour(1499));
    expect(bandColour(0)[3]).toBe(0);
  });
});

describe('TerrainSampler', () => {
  const terrain = new TerrainSampler(process.cwd());

  it('reads the plateau at about a kilometre and the sea at 0 m', () => {
    const guiyang = terrain.heightAt(106.63, 26.65);
    expect(guiyang).toBeGreaterThan(700);
    expect(guiyang).toBeLessThan(1600);
    expect(terrain.heightAt(112, 19.2)).toBe(0);
  });

  it('reads nothing (sea) outside the tiles', () => {
    expect(terrain.heightAt(-30, 10)).toBe(0);
  });
});
