import type { StepDownloadFiles } from '@/lib/downloads/step-downloads';
import type { Edition } from '@/lib/content/editions';
import { HANDOUT_TEXT } from '@/lib/i18n/handout-text';
import { BASE_PATH } from '@/lib/site/base-path';

interface DataDownloadsProps {
  readonly files: StepDownloadFiles;
  /** The step's title, so each link names its map out of context (a screen reader's list). */
  readonly stepTitle: string;
  readonly edition: Edition;
}

/**
 * "Download the data: CSV · GeoJSON": what the step's map shows, with names, values, units,
 * coordinates, sources and licences, for a student's own work. The files are made at build
 * (`scripts/downloads/build.ts`) and named by step id.
 */
export function DataDownloads({ files, stepTitle, edition }: DataDownloadsProps) {
  const labels = HANDOUT_TEXT[edition];
  const links = [
    { href: files.csv, type: 'text/csv', name: 'CSV', title: labels.csvTitle },
    {
      href: files.geojson,
      type: 'application/geo+json',
      name: 'GeoJSON',
      title: labels.geojsonTitle,
    },
  ];
  return (
    <p className="data-downloads">
      {labels.downloadsLead}
      {labels.downloadsSeparator}
      {links.map((link, index) => (
        <span key={link.href}>
          {index > 0 ? ' · ' : null}
          <a
            href={`${BASE_PATH}/${link.href}`}
            download
            type={link.type}
            aria-label={`${labels.downloadsLead}, ${link.name}${labels.downloadsSeparator}${stepTitle}`}
            title={link.title}
          >
            {link.name}
          </a>
        </span>
      ))}
    </p>
  );
}
