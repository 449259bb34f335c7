import type { StepData } from './step-data';

export const CSV_COLUMNS = [
  'kind',
  'id',
  'name',
  'name_zh',
  'value',
  'unit',
  'longitude',
  'latitude',
  'position',
  'details',
  'sources',
] as const;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : String(value);
  // A leading =, +, - or @ makes a spreadsheet run the cell as a formula: quote it as text.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The step's data as CSV: `#` comment lines first (title, coordinate system, and every
 * dataset's credit and licence, as pandas' `comment='#'` and R's `comment.char` skip them),
 * then a header row and one row per feature. Lines end in CRLF, as RFC 4180 asks.
 */
export function toCsv(data: StepData, pageUrl: string): string {
  const comments = [
    `Data behind the map of "${data.title}" (${pageUrl})`,
    'Coordinates: WGS 84 longitude and latitude in degrees. Shapes are in the GeoJSON file.',
    'Sources and licences:',
    ...data.credits.map((c) => `- ${c.name}: ${c.credit}. Licence: ${c.licence}. ${c.url}`),
    ...(data.features.some((f) => f.sources.length > 0)
      ? ['- Rows that list sources (last column): compiled for this story from those sources.']
      : []),
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
  const rows = data.features.map((f) =>
    [
      f.kind,
      f.id,
      f.name,
      f.nameZh,
      f.value,
      f.unit,
      f.point?.[0],
      f.point?.[1],
      f.pointNote,
      f.details.join('; '),
      f.sources.map((s) => `${s.label} <${s.url}>`).join('; '),
    ]
      .map(csvField)
      .join(','),
  );
  return [...comments, CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
