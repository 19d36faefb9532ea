/**
 * The plan's files: where the server sends the spreadsheets, the template and the committee report,
 * and the shape of its answer to an upload. The import preview is checked on the server; this
 * module only words what came back. Pure, so it is tested without a browser.
 */
import { dayWords } from './plan-words';

/** The spreadsheet formats a plan downloads as. */
export type PlanExportFormat = 'xlsx' | 'csv';

/** The address of the plan as a spreadsheet. */
export const planExportPath = (planId: string, format: PlanExportFormat): string =>
  `/exports/plan.${format}?${new URLSearchParams({ planId }).toString()}`;

/** The address of the committee-ready PDF report, drawn on the server. */
export const committeeReportPath = (planId: string): string =>
  `/exports/committee-report.pdf?${new URLSearchParams({ planId }).toString()}`;

/** The address of the blank spreadsheet to fill in and import. */
export const PLAN_TEMPLATE_PATH = '/exports/plan-template.xlsx';

/** Where an upload is sent: to preview it (nothing stored) or to import it (everything or nothing). */
export const planImportUrl = (planId: string, mode: 'preview' | 'import'): string =>
  `/plans/import?${new URLSearchParams({ planId, mode }).toString()}`;

/** The largest file the server takes (it says so too, and checks before reading the body). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A problem the server found, by row and column where it is about one cell. */
export type ImportProblem = { row: number | null; column: string | null; columnTitle: string | null; message: string };

/** An action as the server understood it from a row. */
export type UnderstoodAction = {
  description: string;
  lead: string;
  targetText: string;
  target: { kind: string; dueOn: string | null } | null;
};

/** A progress update as the server understood it from a row. */
export type UnderstoodUpdate = { date: string; text: string; status: 'RED' | 'AMBER' | 'GREEN' | 'BLUE' | null };

/** One row of the preview. */
export type ImportPreviewRow = {
  row: number;
  kind: 'header' | 'heading' | 'challenge' | 'continuation' | 'blank' | 'before-header';
  heading: string | null;
  newHeading: boolean;
  challenge: string | null;
  outcomes: string[];
  actions: UnderstoodAction[];
  updates: UnderstoodUpdate[];
  problems: ImportProblem[];
};

/** What an upload would import; ok only when nothing is wrong. */
export type ImportPreview = {
  fileName: string;
  format: 'xlsx' | 'csv' | null;
  sheetName: string | null;
  headerRow: number | null;
  columns: { field: string; column: string; title: string }[];
  ok: boolean;
  problems: ImportProblem[];
  rows: ImportPreviewRow[];
  summary: { headings: number; newHeadings: string[]; challenges: number; actions: number; updates: number };
};

/** The server's answer to an upload: a preview, or only problems when the request itself was refused. */
export type ImportResponse = {
  mode?: 'preview' | 'import';
  imported?: boolean;
  planId?: string;
  preview?: ImportPreview;
  problems?: ImportProblem[];
};

/** Where a problem is: "Row 7, column E (Target date)", "Row 2", or "The file". */
export function problemPlace(problem: ImportProblem): string {
  if (problem.row === null) return 'The file';
  const column = problem.column
    ? `, column ${problem.column}${problem.columnTitle ? ` (${problem.columnTitle})` : ''}`
    : problem.columnTitle
      ? `, ${problem.columnTitle}`
      : '';
  return `Row ${problem.row}${column}`;
}

/** What a row is, in words, for the preview's first column. */
export function rowKindWords(row: ImportPreviewRow): string {
  switch (row.kind) {
    case 'header':
      return 'Column headings';
    case 'heading':
      return row.newHeading ? 'Heading (a new local theme)' : 'Heading';
    case 'challenge':
      return 'Challenge';
    case 'continuation':
      return 'More for the challenge above';
    case 'blank':
      return 'Blank (skipped)';
    case 'before-header':
      return 'Before the column headings (skipped)';
  }
}

/** What was understood from a row, as lines of text. */
export function understoodLines(row: ImportPreviewRow): string[] {
  const lines: string[] = [];
  if (row.kind === 'heading' && row.heading) lines.push(`Heading: ${row.heading}`);
  if (row.kind === 'challenge' && row.challenge) lines.push(`Challenge: ${row.challenge}`);
  if (row.kind === 'challenge' && row.heading) lines.push(`Under: ${row.heading}`);
  for (const outcome of row.outcomes) lines.push(`Outcome: ${outcome}`);
  for (const action of row.actions) {
    const target = action.target
      ? action.target.dueOn
        ? `${action.targetText} (due by ${dayWords(action.target.dueOn)})`
        : action.targetText
      : `${action.targetText || 'no target'} (not understood)`;
    lines.push(`Action: ${action.description} – lead ${action.lead || 'not given'}, target ${target}`);
  }
  for (const update of row.updates)
    lines.push(
      `Progress on ${update.date}: ${update.text}${update.status ? ` (${update.status.charAt(0)}${update.status.slice(1).toLowerCase()})` : ''}`,
    );
  return lines;
}

/** The file's problems sorted by row then column, those about the whole file first. */
export function sortedProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
}

/** A size in words ("1.2 MB", "640 KB"). */
export function sizeWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The content type to send a file as: never a form type, which the server refuses so a cross-site form cannot upload. */
export function uploadContentType(fileName: string): string {
  if (/\.xlsx$/i.test(fileName)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (/\.csv$/i.test(fileName)) return 'text/csv';
  return 'application/octet-stream';
}

/** Why a chosen file cannot be sent, before sending it (null when it can). */
export function fileProblem(file: { name: string; size: number } | null): string | null {
  if (!file) return 'Select a spreadsheet (.xlsx or .csv) to upload';
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'The selected file must be an .xlsx or .csv spreadsheet';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > MAX_UPLOAD_BYTES) return `The selected file must be smaller than ${sizeWords(MAX_UPLOAD_BYTES)}`;
  return null;
}
