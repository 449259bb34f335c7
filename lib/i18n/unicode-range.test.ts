import { describe, expect, it } from 'vitest';
import { inUnicodeRange, parseUnicodeRange } from './unicode-range';

describe('parseUnicodeRange', () => {
  it('reads single code points and intervals', () => {
    expect(parseUnicodeRange('U+4e00-4e09, U+4e0b')).toEqual([
      [0x4e00, 0x4e09],
      [0x4e0b, 0x4e0b],
    ]);
  });

  it('tells which characters a range holds', () => {
    const ranges = parseUnicodeRange('U+8d35,U+5dde-5ddf');
    expect(inUnicodeRange('贵', ranges)).toBe(true);
    expect(inUnicodeRange('州', ranges)).toBe(true);
    expect(inUnicodeRange('安', ranges)).toBe(false);
  });
});
