import { describe, expect, it } from 'vitest';
import { sourceLookup } from './source-map';

describe('sourceLookup', () => {
  // Line 0: columns 0 and 10 from a.ts, column 20 from b.ts; line 1: column 4 from b.ts.
  const map = {
    version: 3 as const,
    sources: ['a.ts', 'b.ts'],
    names: [],
    mappings: 'AAAA,UAAA,UCAA;IAAA',
  };

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
    const part = (source: string) => ({
      version: 3 as const,
      sources: [source],
      names: [],
      mappings: 'AAAA',
    });
    const lookup = sourceLookup({
      version: 3 as const,
      sections: [
        { offset: { line: 0, column: 0 }, map: part('a.ts') },
        { offset: { line: 0, column: 100 }, map: part('c.ts') },
      ],
    });
    expect(lookup.sourceAt(0, 50)).toBe('a.ts');
    expect(lookup.sourceAt(0, 120)).toBe('c.ts');
  });
});
