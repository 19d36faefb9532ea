import type { Sheet, SheetCell, SheetRow } from './read-spreadsheet';

/** The columns a plan sheet may have; the first four are required. */
export type PlanColumn = 'challenge' | 'actions' | 'lead' | 'target' | 'heading' | 'outcomes' | 'progress' | 'status' | 'source';

export const REQUIRED_COLUMNS: PlanColumn[] = ['challenge', 'actions', 'lead', 'target'];

/** How each column is named in the template and the export; imports also accept the usual variants below. */
export const COLUMN_TITLES: Record<PlanColumn, string> = {
  heading: 'Heading',
  challenge: 'Challenge',
  outcomes: 'Outcomes / measures of success',
  actions: 'Actions',
  lead: 'Lead',
  target: 'Target date',
  progress: 'Progress',
  status: 'Status',
  source: 'Source',
};

/** Header text → column, most specific first (a "Target date" column is not a progress column). */
const COLUMN_PATTERNS: [PlanColumn, RegExp][] = [
  ['status', /\b(status|rag)\b/],
  ['progress', /\bprogress|\bupdate|\bcomment/],
  ['outcomes', /\boutcome|\bmeasure|\bsuccess/],
  ['lead', /\blead|\bresponsib|\bowner/],
  ['target', /\btarget|\bdate|\btimescale|\bdeadline|\bwhen\b|\bby when/],
  ['actions', /\baction/],
  ['source', /^(source|ref|reference|link|recommendation ref(erence)?)\b/],
  ['heading', /^(heading|core element|theme|section)\b/],
  ['challenge', /\bchallenge|\bissue|\brecommendation|\barea for improvement|\bwhat we/],
];

const INHERITED_WHEN_MERGED = new Set<PlanColumn>(['lead', 'target', 'status']);

export type ImportProblem = { row: number | null; column: string | null; columnTitle: string | null; message: string };

export type HeadingRef = { title: string; sectionKey: string | null; isNew: boolean };

/** One sheet row as understood, before targets, statuses and dates are checked. */
export type InterpretedRow = {
  row: number;
  kind: 'header' | 'heading' | 'challenge' | 'continuation' | 'blank' | 'before-header';
  heading: HeadingRef | null;
  /** The challenge this row starts or continues (its row number identifies it). */
  challengeRow: number | null;
  challenge: string | null;
  outcomes: string[];
  source: string | null;
  actions: string[];
  leads: string[];
  targets: string[];
  progress: string[];
  status: string | null;
  /** The column letter of each mapped field, for messages. */
  problems: ImportProblem[];
};

export type KnownHeading = { title: string; sectionKey: string | null };

export type Interpretation = {
  headerRow: number | null;
  columns: Partial<Record<PlanColumn, string>>;
  rows: InterpretedRow[];
  problems: ImportProblem[];
};

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/^\s*(\d+|[a-z])[.)]\s+/, '')
    .replace(/[:.]\s*$/, '')
    .replace(/&/g, 'and')
    .replace(/\s+/g, ' ')
    .trim();

/** Splits a cell holding several entries on line breaks, dropping bullets and numbering. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[•\-*–·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\))\s+/i, '').trim())
    .filter(Boolean);
}

/**
 * Interprets a sheet laid out as councils write plans: a header row naming the columns; headings as
 * rows of their own (a row merged across, a known heading or "Local theme: …" alone on its row, or
 * a Heading column); a row per challenge, with rows below that leave the challenge empty (or merged
 * down) continuing it; several actions, leads and dates in one cell separated by line breaks.
 */
export function interpretRows(sheet: Sheet, known: KnownHeading[]): Interpretation {
  const problems: ImportProblem[] = [];
  const header = findHeader(sheet.rows);
  if (!header) {
    problems.push({
      row: null,
      column: null,
      columnTitle: null,
      message: `No header row found: the sheet needs columns headed ${REQUIRED_COLUMNS.map((c) => `"${COLUMN_TITLES[c]}"`).join(', ')}.`,
    });
    return { headerRow: null, columns: {}, rows: [], problems };
  }
  const { rowNumber: headerRow, columns } = header;
  for (const column of REQUIRED_COLUMNS) {
    if (!columns[column])
      problems.push({
        row: headerRow,
        column: null,
        columnTitle: COLUMN_TITLES[column],
        message: `The header row (row ${headerRow}) has no "${COLUMN_TITLES[column]}" column.`,
      });
  }
  if (problems.length) return { headerRow, columns, rows: [], problems };

  const letterOf = new Map(Object.entries(columns).map(([field, letter]) => [letter, field as PlanColumn]));
  const titleOf = (letter: string) => {
    const field = letterOf.get(letter);
    return field ? COLUMN_TITLES[field] : null;
  };
  const rows: InterpretedRow[] = [];
  let heading: HeadingRef | null = null;
  let challengeRow: number | null = null;
  let challengeText: string | null = null;

  for (const sheetRow of sheet.rows) {
    const base = blankRow(sheetRow.rowNumber);
    if (sheetRow.rowNumber < headerRow) {
      rows.push({ ...base, kind: 'before-header' });
      continue;
    }
    if (sheetRow.rowNumber === headerRow) {
      rows.push({ ...base, kind: 'header' });
      continue;
    }
    const cell = (field: PlanColumn): SheetCell | undefined => sheetRow.cells.find((c) => c.column === columns[field]);
    // A lead, date or status merged down applies to each row it covers; a challenge, outcome, action or progress merged down belongs to its first row.
    const text = (field: PlanColumn) => {
      const found = cell(field);
      return !found || (found.mergedInto && !INHERITED_WHEN_MERGED.has(field)) ? '' : found.text;
    };
    const rowProblems: ImportProblem[] = [];
    for (const c of sheetRow.cells) {
      if (c.formula)
        rowProblems.push({
          row: sheetRow.rowNumber,
          column: c.column,
          columnTitle: titleOf(c.column),
          message: `Cell ${c.column}${sheetRow.rowNumber} holds a formula (${c.formula.slice(0, 60)}); imports take values only — paste the values instead.`,
        });
    }
    const filled = sheetRow.cells.filter((c) => c.text !== '' && !c.mergedInto);
    if (filled.length === 0) {
      rows.push({ ...base, kind: 'blank', problems: rowProblems });
      continue;
    }

    // A heading: a Heading column's value, or one cell alone on its row that is merged across, known, or marked as a local theme.
    const headingCell = text('heading');
    const alone = filled.length === 1 ? filled[0] : null;
    const mergedAcross = alone !== null && sheetRow.cells.some((c) => c.mergedInto === `${alone.column}${sheetRow.rowNumber}`);
    const aloneHeading = alone && (mergedAcross || matchHeading(alone.text, known) || /^local theme\s*:/i.test(alone.text)) ? alone : null;
    if (aloneHeading || (headingCell && filled.length === 1 && filled[0].column === columns.heading)) {
      const headingText = aloneHeading ? aloneHeading.text : headingCell;
      const resolved = resolveHeading(headingText, known);
      if (!resolved)
        rowProblems.push({
          row: sheetRow.rowNumber,
          column: aloneHeading?.column ?? columns.heading ?? null,
          columnTitle: aloneHeading ? null : COLUMN_TITLES.heading,
          message: unknownHeadingMessage(headingText, known),
        });
      heading = resolved;
      challengeRow = null;
      challengeText = null;
      rows.push({ ...base, kind: 'heading', heading: resolved, problems: rowProblems });
      continue;
    }
    if (headingCell) {
      const resolved = resolveHeading(headingCell, known);
      if (!resolved)
        rowProblems.push({
          row: sheetRow.rowNumber,
          column: columns.heading!,
          columnTitle: COLUMN_TITLES.heading,
          message: unknownHeadingMessage(headingCell, known),
        });
      if (resolved?.title !== heading?.title) {
        challengeRow = null;
        challengeText = null;
      }
      heading = resolved;
    }

    const challenge = text('challenge');
    // The same challenge repeated on the next row (as exports write one row per action) continues it.
    const startsChallenge = challenge !== '' && challenge !== challengeText;
    if (startsChallenge) {
      challengeRow = sheetRow.rowNumber;
      challengeText = challenge;
    }
    if (!heading && !rowProblems.some((p) => p.columnTitle === COLUMN_TITLES.heading))
      rowProblems.push({
        row: sheetRow.rowNumber,
        column: columns.challenge!,
        columnTitle: COLUMN_TITLES.challenge,
        message: 'This row comes before any heading: put a heading row (a core element or "Local theme: …") above it.',
      });
    if (!startsChallenge && challengeRow === null)
      rowProblems.push({
        row: sheetRow.rowNumber,
        column: columns.challenge!,
        columnTitle: COLUMN_TITLES.challenge,
        message: 'This row continues a challenge, but there is no challenge above it under this heading.',
      });

    rows.push({
      ...base,
      kind: startsChallenge ? 'challenge' : 'continuation',
      heading,
      challengeRow,
      challenge: challengeText,
      outcomes: splitLines(text('outcomes')),
      source: text('source') || null,
      actions: splitLines(text('actions')),
      leads: splitLines(text('lead')),
      targets: splitLines(text('target')),
      progress: text('progress')
        ? text('progress')
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [],
      status: text('status') || null,
      problems: rowProblems,
    });
  }
  return { headerRow, columns, rows, problems };
}

function blankRow(row: number): InterpretedRow {
  return {
    row,
    kind: 'blank',
    heading: null,
    challengeRow: null,
    challenge: null,
    outcomes: [],
    source: null,
    actions: [],
    leads: [],
    targets: [],
    progress: [],
    status: null,
    problems: [],
  };
}

/** The first of the top rows naming at least the challenge and action columns. */
function findHeader(rows: SheetRow[]): { rowNumber: number; columns: Partial<Record<PlanColumn, string>> } | null {
  for (const row of rows.slice(0, 20)) {
    const columns: Partial<Record<PlanColumn, string>> = {};
    for (const cell of row.cells) {
      const text = normalise(cell.text);
      if (!text || text.length > 60) continue;
      const match = COLUMN_PATTERNS.find(([field, pattern]) => !columns[field] && pattern.test(text));
      if (match) columns[match[0]] = cell.column;
    }
    const named = Object.keys(columns).length;
    if (named >= 3 && (columns.challenge || columns.actions)) return { rowNumber: row.rowNumber, columns };
  }
  return null;
}

function matchHeading(text: string, known: KnownHeading[]): KnownHeading | undefined {
  const wanted = normalise(text);
  return known.find((h) => normalise(h.title) === wanted || (h.sectionKey !== null && h.sectionKey === wanted));
}

function resolveHeading(text: string, known: KnownHeading[]): HeadingRef | null {
  const local = /^local theme\s*:\s*(.+)$/i.exec(text.trim());
  if (local) {
    const existing = matchHeading(local[1], known);
    return existing ? { ...existing, isNew: false } : { title: local[1].trim().slice(0, 300), sectionKey: null, isNew: true };
  }
  const found = matchHeading(text, known);
  return found ? { ...found, isNew: false } : null;
}

const unknownHeadingMessage = (text: string, known: KnownHeading[]) =>
  `"${text.slice(0, 120)}" is not a heading of this plan. Use one of: ${known.map((h) => `"${h.title}"`).join(', ')}; or write "Local theme: ${text.slice(0, 60)}" to add it as a theme of your own.`;
