/** A CSS unicode-range (`U+4e00-4e09,U+4e0b`) as inclusive code point intervals. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from, 16);
    return [start, to ? Number.parseInt(to, 16) : start];
  });
}

export function inUnicodeRange(character: string, ranges: readonly [number, number][]): boolean {
  const code = character.codePointAt(0) ?? -1;
  return ranges.some(([from, to]) => code >= from && code <= to);
}
