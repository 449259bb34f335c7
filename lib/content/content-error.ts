import type { z } from 'zod';

/** A content file that cannot become part of the story. The message names the file and field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(field ? `${file}: ${field}: ${detail}` : `${file}: ${detail}`);
    this.name = 'ContentError';
  }
}

/** `['sources', 0, 'url']` → `sources[0].url`, the way an author would point at it. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** The first zod issue as a ContentError; one clear message beats a wall of them. */
export function toContentError(file: string, error: z.ZodError): ContentError {
  const issue = error.issues[0];
  if (!issue) return new ContentError(file, '', 'is not valid');
  const field = formatFieldPath(issue.path);
  return new ContentError(file, field || '(front matter)', issue.message);
}
