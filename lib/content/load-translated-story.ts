import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ContentError, toContentError } from './content-error';
import { EDITION_LANG, type Edition } from './editions';
import { joinCjkLines } from './join-cjk-lines';
import { CONTENT_DIR, loadStory } from './load-story';
import { mergeTranslation } from './merge-translation';
import { parseYamlFile } from './parse-yaml-file';
import { translatedMetaSchema, translatedStepSchema } from './translation-schema';
import type { Step, Story } from './types';

/**
 * A translated edition: `content/<edition>/story.yaml` and one file per English step,
 * `content/<edition>/steps/<same file name>.md`. Every English step must be translated; a
 * missing file stops the build naming it, so no step exists in one language only.
 */
export function loadTranslatedStory(
  edition: Exclude<Edition, 'en'>,
  root: string = process.cwd(),
): Story {
  const english = loadStory(root);
  const dir = `${CONTENT_DIR}/${edition}`;
  const metaFile = `${dir}/story.yaml`;
  const words = parseYamlFile(
    metaFile,
    readFileSync(path.join(root, metaFile), 'utf8'),
    translatedMetaSchema,
  );
  const dek = joinCjkLines(words.dek);
  const meta = {
    ...english.meta,
    title: words.title,
    dek,
    byline: words.byline,
    lang: EDITION_LANG[edition],
    original: { ...english.meta.original, note: joinCjkLines(words.original.note) },
  };
  const steps = english.steps.map((step) => translateStep(step, root, dir));
  return { meta, steps };
}

/** Every string in the front matter with its line breaks between CJK characters removed. */
function joinCjkStrings(value: unknown): unknown {
  if (typeof value === 'string') return joinCjkLines(value);
  if (Array.isArray(value)) return value.map(joinCjkStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, joinCjkStrings(item)]),
    );
  }
  return value;
}

function translateStep(english: Step, root: string, dir: string): Step {
  const file = `${dir}/steps/${path.basename(english.file)}`;
  if (!existsSync(path.join(root, file))) {
    throw new ContentError(file, '', `is missing: ${english.file} has no translation`);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object turns gray-matter's cache off, as in parse-step.
    parsed = matter(readFileSync(path.join(root, file), 'utf8'), {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ContentError(file, 'front matter', `is not valid YAML (${reason})`);
  }
  const result = translatedStepSchema.safeParse(joinCjkStrings(parsed.data));
  if (!result.success) throw toContentError(file, result.error);
  return mergeTranslation(english, result.data, joinCjkLines(parsed.content.trim()), file);
}
