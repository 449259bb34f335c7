import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-error';
import { parseStepFile } from './parse-step';
import { parseYamlFile } from './parse-yaml-file';
import { storyMetaSchema } from './schema';
import type { Step, Story } from './types';

export const CONTENT_DIR = 'content';

export function parseStoryMeta(file: string, source: string): Story['meta'] {
  return parseYamlFile(file, source, storyMetaSchema);
}

/** Checks that hold across steps: ids are unique, file numbers are unique. */
export function checkSteps(steps: readonly Step[]): void {
  if (steps.length === 0) throw new ContentError(`${CONTENT_DIR}/steps`, '', 'holds no steps');
  const seenIds = new Map<string, string>();
  const seenNumbers = new Map<string, string>();
  for (const step of steps) {
    const number = path.basename(step.file).slice(0, 2);
    const idOwner = seenIds.get(step.id);
    if (idOwner) throw new ContentError(step.file, 'id', `"${step.id}" is also used by ${idOwner}`);
    const numberOwner = seenNumbers.get(number);
    if (numberOwner) {
      throw new ContentError(
        step.file,
        'file name',
        `number ${number} is also used by ${numberOwner}`,
      );
    }
    seenIds.set(step.id, step.file);
    seenNumbers.set(number, step.file);
  }
}

/** Reads and validates the whole story. Throws a ContentError naming the file and field. */
export function loadStory(root: string = process.cwd()): Story {
  const dir = path.join(root, CONTENT_DIR);
  const metaFile = `${CONTENT_DIR}/story.yaml`;
  const meta = parseStoryMeta(metaFile, readFileSync(path.join(dir, 'story.yaml'), 'utf8'));
  const names = readdirSync(path.join(dir, 'steps'))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const steps = names.map((name, index) => {
    const file = `${CONTENT_DIR}/steps/${name}`;
    return parseStepFile(file, readFileSync(path.join(dir, 'steps', name), 'utf8'), index);
  });
  checkSteps(steps);
  return { meta, steps };
}
