import { measureText, type FontFace } from './fonts';

/** Words laid into lines no wider than `maxWidth` (a single long word keeps its own line). */
export function wrapText(text: string, face: FontFace, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(candidate, face, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest size from `largest` down to `smallest` at which one line fits `maxWidth`; at the
 * smallest size a line still too long is cut at a word and ends with an ellipsis.
 */
export function fitLine(
  text: string,
  face: FontFace,
  sizes: { readonly largest: number; readonly smallest: number },
  maxWidth: number,
): { text: string; size: number } {
  for (let size = sizes.largest; size >= sizes.smallest; size -= 1) {
    if (measureText(text, face, size) <= maxWidth) return { text, size };
  }
  const size = sizes.smallest;
  const words = text.split(' ');
  while (words.length > 1 && measureText(`${words.join(' ')}…`, face, size) > maxWidth) words.pop();
  return { text: `${words.join(' ')}…`, size };
}
