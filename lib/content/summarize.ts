/** A Markdown body as plain text: emphasis and link targets dropped, whitespace folded. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A short description for link previews: whole sentences up to `limit` characters, or the
 * first sentence cut at a word with an ellipsis when even that is longer.
 */
export function summarize(markdown: string, limit = 200): string {
  const text = toPlainText(markdown);
  if (text.length <= limit) return text;
  const sentences = text.match(/[^.!?]+[.!?]+["”’)]?\s*/g) ?? [text];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).trim().length > limit) break;
    summary += sentence;
  }
  if (summary.trim()) return summary.trim();
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
