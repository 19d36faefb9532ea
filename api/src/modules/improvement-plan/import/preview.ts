import type { PlanTree } from '../improvement-plan.service';

import { COLUMN_TITLES, type ImportProblem, interpretRows, type KnownHeading, type PlanColumn } from './interpret-rows';
import { ImportFileError, readSpreadsheet } from './read-spreadsheet';
import { type UnderstoodAction, type UnderstoodUpdate, validateRows } from './validate';

/** One row of the preview: what kind of row it is, what was understood from it, and its problems. */
export type PreviewRow = {
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

/**
 * What an upload would import: the JSON body of POST /plans/import. `ok` is true only when there
 * are no problems; an import stores everything or, if anything is wrong, nothing.
 */
export type PlanImportPreview = {
  fileName: string;
  format: 'xlsx' | 'csv' | null;
  sheetName: string | null;
  headerRow: number | null;
  columns: { field: PlanColumn; column: string; title: string }[];
  ok: boolean;
  problems: ImportProblem[];
  rows: PreviewRow[];
  summary: { headings: number; newHeadings: string[]; challenges: number; actions: number; updates: number };
};

/** Reads, interprets and checks an uploaded plan: read (exceljs / csv-parse) → interpret rows → validate → preview. */
export async function previewImport(
  content: Buffer,
  fileName: string,
  known: KnownHeading[],
): Promise<{ preview: PlanImportPreview; tree: PlanTree }> {
  const empty = { headings: 0, newHeadings: [], challenges: 0, actions: 0, updates: 0 };
  let sheet;
  try {
    sheet = await readSpreadsheet(content, fileName);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    const problem: ImportProblem = { row: null, column: null, columnTitle: null, message: error.message };
    const preview: PlanImportPreview = {
      fileName,
      format: null,
      sheetName: null,
      headerRow: null,
      columns: [],
      ok: false,
      problems: [problem],
      rows: [],
      summary: empty,
    };
    return { preview, tree: { headings: [] } };
  }
  const interpretation = interpretRows(sheet, known);
  const validation = validateRows(interpretation);
  const challenges = validation.tree.headings.flatMap((h) => h.challenges);
  const actions = challenges.flatMap((c) => c.actions);
  const preview: PlanImportPreview = {
    fileName,
    format: sheet.format,
    sheetName: sheet.sheetName,
    headerRow: interpretation.headerRow,
    columns: (Object.entries(interpretation.columns) as [PlanColumn, string][]).map(([field, column]) => ({
      field,
      column,
      title: COLUMN_TITLES[field],
    })),
    ok: validation.problems.length === 0 && actions.length > 0,
    problems:
      validation.problems.length === 0 && actions.length === 0
        ? [{ row: null, column: null, columnTitle: null, message: 'The sheet has a header row but no challenges or actions below it.' }]
        : validation.problems,
    rows: validation.rows
      .filter((r) => r.kind !== 'before-header')
      .map((r) => ({
        row: r.row,
        kind: r.kind,
        heading: r.heading?.title ?? null,
        newHeading: r.kind === 'heading' && Boolean(r.heading?.isNew),
        challenge: r.kind === 'challenge' || r.kind === 'continuation' ? r.challenge : null,
        outcomes: r.outcomes,
        actions: r.understoodActions,
        updates: r.understoodUpdates,
        problems: r.problems,
      })),
    summary: {
      headings: validation.tree.headings.length,
      newHeadings: [...new Set(validation.rows.filter((r) => r.heading?.isNew).map((r) => r.heading!.title))],
      challenges: challenges.length,
      actions: actions.length,
      updates: actions.reduce((n, a) => n + a.updates.length, 0),
    },
  };
  return { preview, tree: validation.tree };
}
