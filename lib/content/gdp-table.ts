import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYamlFile } from './parse-yaml-file';
import { slugSchema, sourceSchema } from './schema';

/** The provinces' GDP per person, shaded on the map of who grew rich (`content/tables`). */
export const GDP_TABLE_FILE = 'content/tables/gdp-per-person.yaml';

/** China's 31 mainland provincial-level divisions: the table must name each once. */
export const MAINLAND_PROVINCE_COUNT = 31;

export const gdpTableSchema = z.strictObject({
  title: z.string().trim().min(3),
  year: z.number().int().min(2000).max(2100),
  unit: z.string().trim().min(1),
  source: sourceSchema,
  note: z.string().trim().min(10),
  national: z.number().positive(),
  values: z
    .record(slugSchema, z.number().positive())
    .refine(
      (values) => Object.keys(values).length === MAINLAND_PROVINCE_COUNT,
      `must give all ${MAINLAND_PROVINCE_COUNT} mainland provinces`,
    ),
});

export type GdpTable = z.infer<typeof gdpTableSchema>;

export function loadGdpTable(root: string = process.cwd()): GdpTable {
  const text = readFileSync(path.join(root, GDP_TABLE_FILE), 'utf8');
  return parseYamlFile(GDP_TABLE_FILE, text, gdpTableSchema);
}
