/**
 * CSV for the "Download CSV" links: built in the browser from exactly the figures a table shows, so
 * the file never holds more than the page (withheld figures stay "c"). RFC 4180: comma-separated,
 * CRLF line endings, fields quoted when they contain a comma, a quote, a line break or edge spaces,
 * with quotes doubled.
 */

/** One cell: text or a number as shown; null and undefined are empty cells. */
export type CsvCell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A text cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)") gets a leading
 * apostrophe, as OWASP advises against CSV injection. Signed numbers such as "+3" and "-2.5" are
 * left alone: they are figures, not formulas.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One field, quoted if need be. */
export function toCsvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: the header row, then one line per row, each ending in CRLF. */
export function toCsv(headings: string[], rows: CsvCell[][]): string {
  return [headings, ...rows].map((row) => `${row.map(toCsvField).join(',')}\r\n`).join('');
}

/**
 * A file name from the parts that say what is in it, e.g. ["Chesterfield", "DM Challenge Toolkit",
 * "2025-26"] → "chesterfield-dm-challenge-toolkit-2025-26.csv".
 */
export function csvFileName(parts: string[]): string {
  const slug = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
  return `${slug || 'touchstone'}.csv`;
}

/**
 * The link's address: a data URL holding the file, with a byte order mark so Excel reads it as
 * UTF-8 (names such as "Ynys Môn" and the "–" in bands survive).
 */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
}
