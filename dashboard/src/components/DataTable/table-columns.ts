/**
 * A table described once as columns, so the GOV.UK table on the page and its "Download CSV" file are
 * made from the same text and cannot disagree. Pure: the CSV side is tested without React.
 */
import type { CsvCell } from '../../csv/to-csv';

/** One column: its heading and the text of its cell in a row, exactly as shown. */
export type TableColumn<Row> = {
  heading: string;
  text: (row: Row) => string;
  /** Right-aligned, as GOV.UK numeric cells are. */
  numeric?: boolean;
  /** Where the cell is a withheld figure ("c"), show the reason for withholding beneath it (see DataTable's withheldReason). */
  withheldReasonBeneath?: boolean;
  /** Left out of the CSV (e.g. a column of links that only make sense on the page). */
  csv?: boolean;
};

/** The CSV header row: the headings of the columns that go into the file. */
export function csvHeadings<Row>(columns: TableColumn<Row>[]): string[] {
  return columns.filter((c) => c.csv !== false).map((c) => c.heading);
}

/** The CSV rows: each row's cells as the table shows them. */
export function csvRows<Row>(columns: TableColumn<Row>[], rows: Row[]): CsvCell[][] {
  const included = columns.filter((c) => c.csv !== false);
  return rows.map((row) => included.map((c) => c.text(row)));
}
