import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError, toContentError } from './content-error';

/**
 * Parses one content file's YAML text with its schema. Throws a ContentError naming the file
 * and the field, e.g. `content/facts/power-plants.yaml: rows[3].capacityMw: Too small: ...`.
 */
export function parseYamlFile<Schema extends z.ZodType>(
  file: string,
  source: string,
  schema: Schema,
): z.output<Schema> {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ContentError(file, '', `is not valid YAML (${reason})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw toContentError(file, result.error);
  return result.data;
}
