import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** The largest file an import accepts: a council's plan is tens of kilobytes; this leaves ample room. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** More rows or columns than any plan needs: read no further. */
export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_COLUMNS = 30;

/** One cell as read: its text, and what the reader noticed about it. */
export type SheetCell = {
  /** Column letter, e.g. "C". */
  column: string;
  text: string;
  /** The formula, when the cell holds one (imports take values only). */
  formula: string | null;
  /** Set when the cell is part of a merged range but not its top-left cell: the address of that cell (whose text `text` repeats). */
  mergedInto: string | null;
};

export type SheetRow = { rowNumber: number; cells: SheetCell[] };

export type Sheet = { format: 'xlsx' | 'csv'; sheetName: string | null; rows: SheetRow[] };

/** A file that cannot be read as a plan at all; the message says why, in the user's terms. */
export class ImportFileError extends Error {}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an .xlsx (first worksheet) or a .csv file into rows of cell text, with exceljs and
 * csv-parse. Dates become YYYY-MM-DD, numbers their plain text; merged ranges are marked so the
 * interpreter can tell continuation rows and heading rows. Throws ImportFileError for a file that
 * is too large, empty, or not a spreadsheet.
 */
export async function readSpreadsheet(content: Buffer, fileName: string): Promise<Sheet> {
  if (content.length > MAX_IMPORT_BYTES) throw new ImportFileError(tooLargeMessage(content.length));
  if (content.length === 0) throw new ImportFileError('The file is empty.');
  const isZip = content.subarray(0, 4).equals(ZIP_MAGIC);
  if (isZip) return readXlsx(content);
  if (/\.xlsx?$/i.test(fileName) || !looksLikeText(content)) {
    throw new ImportFileError(`"${fileName}" is not a spreadsheet we can read: upload an Excel workbook (.xlsx) or a CSV file (.csv).`);
  }
  return readCsv(content);
}

export const tooLargeMessage = (bytes: number) =>
  `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the largest plan we accept is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;

async function readXlsx(content: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('The file looks like a zip archive but is not an Excel workbook we can read (.xlsx).');
  }
  const sheet = workbook.worksheets.find((ws) => ws.state !== 'hidden' && ws.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('The workbook has no worksheets.');
  if (sheet.rowCount > MAX_IMPORT_ROWS)
    throw new ImportFileError(`The sheet has ${sheet.rowCount} rows; a plan may have at most ${MAX_IMPORT_ROWS}.`);
  const rows: SheetRow[] = [];
  const width = Math.min(sheet.columnCount, MAX_IMPORT_COLUMNS);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const merged = cell.isMerged && cell.master.address !== cell.address;
      cells.push({
        column: columnLetter(c),
        // A merged range's other cells carry its value; the interpreter decides which columns inherit it.
        text: cellText(merged ? cell.master.value : cell.value),
        formula: merged ? null : formulaOf(cell.value),
        mergedInto: merged ? cell.master.address : null,
      });
    }
    rows.push({ rowNumber: r, cells });
  }
  return { format: 'xlsx', sheetName: sheet.name, rows };
}

function readCsv(content: Buffer): Sheet {
  let records: string[][];
  try {
    records = parse(content.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportFileError(`The CSV file could not be read${line ? ` at line ${line}` : ''}: check that quoted cells are closed.`);
  }
  if (records.length > MAX_IMPORT_ROWS)
    throw new ImportFileError(`The file has ${records.length} rows; a plan may have at most ${MAX_IMPORT_ROWS}.`);
  return {
    format: 'csv',
    sheetName: null,
    rows: records.map((record, i) => ({
      rowNumber: i + 1,
      cells: record.slice(0, MAX_IMPORT_COLUMNS).map((text, c) => ({
        column: columnLetter(c + 1),
        text: text.replace(/\r\n?/g, '\n').trim(),
        // A CSV has no formulas, but spreadsheet programs run cells starting with "=" as one when opened.
        formula: /^=/.test(text.trim()) ? text.trim() : null,
        mergedInto: null,
      })),
    })),
  };
}

/** The text a person sees in a cell: dates as YYYY-MM-DD, rich text joined, line breaks kept. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .replace(/\r\n?/g, '\n')
        .trim();
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return String(value.error);
  }
  return '';
}

function formulaOf(value: ExcelJS.CellValue): string | null {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value && value.formula) return `=${value.formula}`;
    if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`;
  }
  return null;
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Text files have no NUL bytes and decode as UTF-8 without replacement characters in the first few kilobytes. */
function looksLikeText(content: Buffer): boolean {
  const head = content.subarray(0, 8192);
  if (head.includes(0)) return false;
  return !head.toString('utf8').includes('\uFFFD');
}
