import { describe, expect, it } from 'vitest';
import { decodeVlq, sourceLookup } from './source-map';

describe('decodeVlq', () => {
  it('decodes base64 VLQ fields, signs and continuation bits included', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('CADE')).toEqual([1, 0, -1, 2]);
    expect(decodeVlq('gBAAA')).toEqual([16, 0, 0, 0]);
  });
});

describe('sourceLookup', () => {
  // Line 0: columns 0 and 10 from a.ts, column 20 from b.ts; line 1: column 4 from b.ts.
  const map = { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,UAAA,UCAA;IAAA' };

  it('finds the source of the segment a position falls in', () => {
    const lookup = sourceLookup(map);
    expect(lookup.sourceAt(0, 0)).toBe('a.ts');
    expect(lookup.sourceAt(0, 15)).toBe('a.ts');
    expect(lookup.sourceAt(0, 25)).toBe('b.ts');
    expect(lookup.sourceAt(1, 4)).toBe('b.ts');
  });

  it('is null before the first segment of a line or past the last line', () => {
    const lookup = sourceLookup(map);
    expect(lookup.sourceAt(1, 0)).toBeNull();
    expect(lookup.sourceAt(7, 0)).toBeNull();
  });

  it('reads indexed maps section by section', () => {
    const lookup = sourceLookup({
      sections: [
        { offset: { line: 0, column: 0 }, map: { sources: ['a.ts'], mappings: 'AAAA' } },
        { offset: { line: 0, column: 100 }, map: { sources: ['c.ts'], mappings: 'AAAA' } },
      ],
    });
    expect(lookup.sourceAt(0, 50)).toBe('a.ts');
    expect(lookup.sourceAt(0, 120)).toBe('c.ts');
  });
});
