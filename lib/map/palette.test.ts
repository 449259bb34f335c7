import { describe, expect, it } from 'vitest';
import { legendFor } from './scene-needs';
import { sceneFor } from '@/lib/story/scene-for';
import { over } from './palette';

describe('over', () => {
  it('lays a colour over another at an opacity, as the map composites it', () => {
    expect(over('#000000', '#ffffff', 0)).toBe('#000000');
    expect(over('#000000', '#ffffff', 1)).toBe('#ffffff');
    expect(over('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});

describe("the key's area swatches", () => {
  const swatch = (scene: 'guizhou' | 'guian', label: RegExp) => {
    const symbol = legendFor(sceneFor({ scene })).find((entry) => label.test(entry.label))?.symbol;
    return symbol && 'color' in symbol ? symbol.color : undefined;
  };

  it('match the colours measured on the drawn map, within a step of rounding', () => {
    // Read from screenshots of the guian scene: inside Guizhou, and inside the Gui'an circle
    // (whose key no longer shows the province: the view is all inside it).
    const near = (hex: string | undefined, rgb: readonly number[]) => {
      const value = Number.parseInt((hex ?? '#000000').slice(1), 16);
      const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
      channels.forEach((channel, i) => expect(Math.abs(channel - (rgb[i] ?? 0))).toBeLessThan(3));
    };
    near(swatch('guizhou', /^Guizhou province/), [245, 230, 198]);
    near(swatch('guian', /^Gui'an New Area/), [218, 217, 192]);
  });
});
