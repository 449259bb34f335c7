import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ELEVATION_RAMP } from '../../lib/map/palette';
import { listDataDir } from './budget';
import { OUT_DIR } from './paths';
import { parseRampColour, reliefColour, tintPixels } from './relief';

describe('reliefColour', () => {
  it("gives each of the ramp's heights its colour, and interpolates between them", () => {
    for (const [metres, css] of ELEVATION_RAMP) {
      expect(reliefColour(metres), `${metres} m`).toEqual(parseRampColour(css));
    }
    // Halfway from 300 m (#c6dcae) to 700 m (#e4ddaa).
    expect(reliefColour(500)).toEqual([213, 221, 172, 255]);
  });

  it('leaves the sea, stored as 0 m, clear, and holds the last colour above the last height', () => {
    expect(reliefColour(0)[3]).toBe(0);
    expect(reliefColour(-50)[3]).toBe(0);
    expect(reliefColour(10)[3]).toBe(128);
    expect(reliefColour(9000)).toEqual(reliefColour(2600));
  });

  it('names a colour it cannot read', () => {
    expect(() => parseRampColour('green')).toThrow(/cannot read: green/);
  });
});

describe('the relief tiles', () => {
  it('tint every elevation tile, at its size, and only those', async () => {
    const terrain = listDataDir(path.join(OUT_DIR, 'terrain')).filter((f) => f.endsWith('.png'));
    const relief = listDataDir(path.join(OUT_DIR, 'relief'));
    expect(relief).toEqual(terrain.map((file) => file.replace(/\.png$/, '.webp')));
    const first = relief[0];
    if (!first) throw new Error('no relief tiles');
    const meta = await sharp(readFileSync(path.join(OUT_DIR, 'relief', first))).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['webp', 256, 256, true]);
  });

  // Lossy WebP moves a channel by about 1 on average (31 at most, at the coast's clear edge);
  // a stale tile, after the ramp or the terrain changed, moves it by far more.
  it('are the elevation tiles tinted by the ramp as it is now', async () => {
    const dir = path.join(OUT_DIR, 'relief');
    for (const file of listDataDir(dir)) {
      const { data } = await sharp(readFileSync(path.join(dir, file)))
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const { pixels } = tintPixels(
        readFileSync(path.join(OUT_DIR, 'terrain', file.replace(/\.webp$/, '.png'))),
      );
      let difference = 0;
      for (let k = 0; k < pixels.length; k++) difference += Math.abs((data[k] ?? 0) - pixels[k]!);
      expect(difference / pixels.length, file).toBeLessThan(2);
    }
  });
});
