import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ContentError } from './content-error';
import {
  FACT_TABLE_NAMES,
  factTableSchemas,
  type FactTableName,
  type FactTables,
} from './facts-schema';
import { parseYamlFile } from './parse-yaml-file';

export const FACTS_DIR = 'content/facts';

/** `content/facts/<name>.yaml`, the way messages name it. */
export function factFile(name: FactTableName): string {
  return `${FACTS_DIR}/${name}.yaml`;
}

function isTableName(name: string): name is FactTableName {
  return FACT_TABLE_NAMES.some((table) => table === name);
}

/** Reads and validates every fact table under `root`. Throws a ContentError on the first fault. */
export function loadFacts(root: string = process.cwd()): FactTables {
  const dir = path.join(root, FACTS_DIR);
  if (!existsSync(dir)) throw new ContentError(FACTS_DIR, '', 'does not exist');
  for (const name of readdirSync(dir)) {
    const table = name.replace(/\.yaml$/, '');
    if (!isTableName(table)) {
      throw new ContentError(
        `${FACTS_DIR}/${name}`,
        '',
        `is not a fact table (expected one of ${FACT_TABLE_NAMES.map((t) => `${t}.yaml`).join(', ')})`,
      );
    }
  }
  const read = <Schema extends z.ZodType>(
    name: FactTableName,
    schema: Schema,
  ): z.output<Schema> => {
    const file = factFile(name);
    const full = path.join(root, file);
    if (!existsSync(full)) throw new ContentError(file, '', 'is missing');
    return parseYamlFile(file, readFileSync(full, 'utf8'), schema);
  };
  const schemas = factTableSchemas;
  return {
    'pilot-zones': read('pilot-zones', schemas['pilot-zones']).rows,
    'power-plants': read('power-plants', schemas['power-plants']).rows,
    coalfields: read('coalfields', schemas.coalfields).rows,
    'data-centres': read('data-centres', schemas['data-centres']).rows,
    places: read('places', schemas.places).rows,
    earthquakes: read('earthquakes', schemas.earthquakes).rows,
    transmission: read('transmission', schemas.transmission).rows,
    transport: read('transport', schemas.transport).rows,
  };
}
