import { useMemo } from 'react';

import { type CsvCell, csvDataUrl, csvFileName, toCsv } from '../../csv/to-csv';

/** Props of DownloadCsvLink. */
export type DownloadCsvLinkProps = {
  /** The header row: the table's column headings. */
  headings: string[];
  /** The rows exactly as the table shows them (withheld figures as "c"). */
  rows: CsvCell[][];
  /** Parts of the file name, e.g. the council, framework and round. */
  fileNameParts: string[];
  /** What the file holds, read after "Download CSV" by screen readers so each link is distinct. */
  description: string;
};

/**
 * "Download CSV": a link to a file made in the browser from the figures on the page, so it holds
 * exactly what the table shows and needs no second trip to the server.
 */
export function DownloadCsvLink({ headings, rows, fileNameParts, description }: DownloadCsvLinkProps) {
  const href = useMemo(() => csvDataUrl(toCsv(headings, rows)), [headings, rows]);
  return (
    <p className="govuk-body app-download-csv">
      <a className="govuk-link" href={href} download={csvFileName(fileNameParts)}>
        Download CSV<span className="govuk-visually-hidden"> of {description}</span>
      </a>
    </p>
  );
}
