import type { StepDownloadFiles } from '@/lib/downloads/step-downloads';
import { BASE_PATH } from '@/lib/site/base-path';

/** Every word this component shows, in one place for a translated edition. */
export const DATA_DOWNLOAD_LABELS = {
  lead: 'Download the data',
  csv: 'CSV',
  csvTitle: 'the data behind this map as a spreadsheet (CSV), with sources and licences',
  geojson: 'GeoJSON',
  geojsonTitle: 'the data behind this map for GIS tools (GeoJSON), with sources and licences',
} as const;

interface DataDownloadsProps {
  readonly files: StepDownloadFiles;
  /** The step's title, so each link names its map out of context (a screen reader's list). */
  readonly stepTitle: string;
}

/**
 * "Download the data: CSV · GeoJSON": what the step's map shows, with names, values, units,
 * coordinates, sources and licences, for a student's own work. The files are made at build
 * (`scripts/downloads/build.ts`) and named by step id.
 */
export function DataDownloads({ files, stepTitle }: DataDownloadsProps) {
  const labels = DATA_DOWNLOAD_LABELS;
  const links = [
    { href: files.csv, type: 'text/csv', name: labels.csv, title: labels.csvTitle },
    {
      href: files.geojson,
      type: 'application/geo+json',
      name: labels.geojson,
      title: labels.geojsonTitle,
    },
  ];
  return (
    <p className="data-downloads">
      {labels.lead}:{' '}
      {links.map((link, index) => (
        <span key={link.href}>
          {index > 0 ? ' · ' : null}
          <a
            href={`${BASE_PATH}/${link.href}`}
            download
            type={link.type}
            aria-label={`${labels.lead}, ${link.name}: ${stepTitle}`}
            title={link.title}
          >
            {link.name}
          </a>
        </span>
      ))}
    </p>
  );
}
