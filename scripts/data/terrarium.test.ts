import { describe, expect, it } from 'vitest';
import {
  decodeTerrarium,
  encodeTerrarium,
  latToTileY,
  lonToTileX,
  pixelToLonLat,
  tilesCovering,
} from './terrarium';

describe('Terrarium encoding', () => {
  it.each([0, 1, 1080, 2438, 8848, -420])('round-trips %i m', (metres) => {
    expect(decodeTerrarium(...encodeTerrarium(metres))).toBe(metres);
  });

  it('rounds to the step', () => {
    expect(decodeTerrarium(...encodeTerrarium(1084, 10))).toBe(1080);
    expect(decodeTerrarium(...encodeTerrarium(1085, 10))).toBe(1090);
  });

  it('matches the published example: 0 m is RGB (128, 0, 0)', () => {
    expect(encodeTerrarium(0)).toEqual([128, 0, 0]);
  });
});

describe('tile arithmetic', () => {
  it('puts Guiyang in the tile every XYZ map puts it in', () => {
    expect([lonToTileX(106.63, 6), latToTileY(26.65, 6)]).toEqual([50, 27]);
  });

  it('covers a bbox with whole tiles, north row first', () => {
    expect(tilesCovering([97, 20, 117, 35], 3)).toEqual([[6, 3]]);
    expect(tilesCovering([97, 20, 117, 35], 4)).toEqual([
      [12, 6],
      [12, 7],
      [13, 6],
      [13, 7],
    ]);
  });

  it('maps pixel centres back inside their tile', () => {
    const [lon, lat] = pixelToLonLat(6, 50, 27, 128, 128);
    expect(lonToTileX(lon, 6)).toBe(50);
    expect(latToTileY(lat, 6)).toBe(27);
  });
});
