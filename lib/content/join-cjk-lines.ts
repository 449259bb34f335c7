/** Han characters, CJK punctuation, full-width forms and the curly quotes Chinese text uses. */
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d`;

/**
 * Chinese has no spaces between words, but a line break inside a paragraph (Markdown, or a
 * folded YAML string) reaches the page as one. Between two CJK characters it is removed; a
 * blank line between paragraphs, and any space beside a Latin word or number, stay.
 */
const LINE_BREAK_BETWEEN_CJK = new RegExp(
  String.raw`(?<=[${CJK}])(?:[ \t]*\n[ \t]*(?!\n)|[ \t]+)(?=[${CJK}])`,
  'gu',
);

export function joinCjkLines(text: string): string {
  return text.replace(LINE_BREAK_BETWEEN_CJK, '');
}
