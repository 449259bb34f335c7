import matter from 'gray-matter';
import { ContentError, toContentError } from './content-error';
import { STEP_WORD_LIMIT, stepFrontMatterSchema } from './schema';
import type { Step } from './types';

/** `NN-<step-id>.md`: the number orders the story, the rest must equal the front matter's id. */
const STEP_FILE_PATTERN = /^(\d{2})-([a-z0-9-]+)\.md$/;

/** Words a reader reads: Markdown markup and link targets do not count. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`[\]]/g, ' ')
    .trim();
  return text ? text.split(/\s+/).length : 0;
}

export function parseStepFile(file: string, source: string, index: number): Step {
  const name = file.split('/').pop() ?? file;
  const match = STEP_FILE_PATTERN.exec(name);
  if (!match) {
    throw new ContentError(file, 'file name', 'must look like NN-<step-id>.md, e.g. 03-plateau.md');
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by input string; an empty options object turns the cache off.
    parsed = matter(source, {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ContentError(file, 'front matter', `is not valid YAML (${reason})`);
  }

  const result = stepFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) throw toContentError(file, result.error);
  const frontMatter = result.data;

  if (frontMatter.id !== match[2]) {
    throw new ContentError(
      file,
      'id',
      `"${frontMatter.id}" must match the file name's "${match[2]}"`,
    );
  }
  const body = parsed.content.trim();
  if (!body) throw new ContentError(file, 'body', 'is empty: a step needs text');
  const words = countWords(body);
  if (words > STEP_WORD_LIMIT) {
    throw new ContentError(
      file,
      'body',
      `has ${words} words; a step holds at most ${STEP_WORD_LIMIT} to fit a phone screen`,
    );
  }
  return { ...frontMatter, index, body, file };
}
