import { type ReactNode, useMemo } from 'react';

import { WITHHELD_SYMBOL } from '../../format/withheld';
import { DownloadCsvLink } from '../DownloadCsvLink/DownloadCsvLink';
import { TableContainer } from '../TableContainer/TableContainer';
import { TableHead } from '../TableHead/TableHead';
import { WithheldFigure } from '../WithheldFigure/WithheldFigure';

import { csvHeadings, csvRows, type TableColumn } from './table-columns';
import './data-table.css';

/** Props of DataTable. */
export type DataTableProps<Row> = {
  caption: string;
  /** GOV.UK caption size: "s" (the default) under a heading or beside a chart; "m" for a table that stands on its own. */
  captionSize?: 's' | 'm' | 'l';
  /** Hide the caption visually (it still names the table) where a heading just above says the same. */
  captionHidden?: boolean;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Cell content other than the plain text, by column heading (e.g. a link). */
  renderCell?: (heading: string, row: Row) => ReactNode | undefined;
  /** Why a row's figures are withheld, given to every "c" in the row (the default reason when absent). */
  withheldReason?: (row: Row) => string | null | undefined;
  emptyText?: string;
  /** With these, a "Download CSV" link follows the table, made from the same cells. */
  csv?: { fileNameParts: string[]; description: string };
  className?: string;
};

/**
 * A GOV.UK table from column descriptions: the first column is each row's header (scope="row"), so
 * a screen reader reads every figure with its row and column. On a narrow screen it scrolls sideways
 * in its own box, which takes focus as a named region so keyboard users can scroll it too.
 */
export function DataTable<Row>({
  caption,
  captionSize = 's',
  captionHidden = false,
  columns,
  rows,
  rowKey,
  renderCell,
  withheldReason,
  emptyText = 'There are no figures to show.',
  csv,
  className,
}: DataTableProps<Row>) {
  const headings = useMemo(() => csvHeadings(columns), [columns]);
  const cells = useMemo(() => csvRows(columns, rows), [columns, rows]);
  return (
    <>
      <TableContainer label={caption}>
        <table className={className ? `govuk-table ${className}` : 'govuk-table'}>
          <caption className={captionHidden ? 'govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${captionSize}`}>
            {caption}
          </caption>
          <TableHead columns={columns.map((column) => ({ text: column.heading, numeric: column.numeric }))} />
          <tbody className="govuk-table__body">
            {rows.length === 0 ? (
              <tr className="govuk-table__row">
                <td className="govuk-table__cell" colSpan={columns.length}>
                  {emptyText}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={rowKey(row)} className="govuk-table__row">
                  {columns.map((column, index) => {
                    const text = column.text(row);
                    // Every withheld figure is shown by WithheldFigure; its text stays "c", as in the CSV.
                    const content =
                      renderCell?.(column.heading, row) ??
                      (text === WITHHELD_SYMBOL ? (
                        <WithheldFigure
                          reason={withheldReason?.(row)}
                          variant={column.withheldReasonBeneath ? 'figure-with-reason' : 'figure'}
                        />
                      ) : (
                        text
                      ));
                    if (index === 0) {
                      return (
                        <th key={column.heading} scope="row" className="govuk-table__header">
                          {content}
                        </th>
                      );
                    }
                    return (
                      <td
                        key={column.heading}
                        className={column.numeric ? 'govuk-table__cell govuk-table__cell--numeric' : 'govuk-table__cell'}
                      >
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableContainer>
      {csv ? <DownloadCsvLink headings={headings} rows={cells} fileNameParts={csv.fileNameParts} description={csv.description} /> : null}
    </>
  );
}
