import ExcelJS from 'exceljs';

import type { Council, Framework } from '../dependencies';
import { COLUMN_TITLES } from '../import/interpret-rows';
import type { ImprovementPlan } from '../improvement-plan.entity';
import { actionEntriesOf } from '../improvement-plan.service';
import type { PlanAction } from '../plan-action.entity';
import { PlanHeadingKind } from '../plan-heading.entity';
import { isOverdue, RagStatus, todayIso } from '../plan-status';

/** What every exported file says about itself. */
export type ExportContext = { council: Council; framework: Framework; plan: ImprovementPlan; generatedOn: string };

export const STATUS_NAMES: Record<RagStatus, string> = {
  [RagStatus.RED]: 'Red',
  [RagStatus.AMBER]: 'Amber',
  [RagStatus.GREEN]: 'Green',
  [RagStatus.BLUE]: 'Blue',
};

/** The context lines, as label/value pairs: council, framework, round, peer group, date, synthetic data, disclosure rule. */
export function contextLines(ctx: ExportContext): [string, string][] {
  return [
    ['Council', `${ctx.council.name} (${ctx.council.gssCode})`],
    ['Plan', ctx.plan.title],
    ['Framework', `${ctx.framework.title} (${ctx.framework.version})`],
    ['Round', 'Not applicable: a plan is not tied to one assessment round'],
    ['Peer group', 'Not applicable: this file holds no figures about other councils'],
    ['Generated on', ctx.generatedOn],
    ['Synthetic data', ctx.plan.isSynthetic ? 'Yes: demonstration data, not a real council plan' : 'No'],
    ['Disclosure rule', "One council's own plan, no aggregate across councils; share it only as the council decides"],
  ];
}

/** The export's columns, one row per action. Names are unique; the first ones match the import's, so an export re-imports. */
const EXPORT_COLUMNS = [
  COLUMN_TITLES.heading,
  COLUMN_TITLES.challenge,
  COLUMN_TITLES.source,
  COLUMN_TITLES.outcomes,
  'Action',
  COLUMN_TITLES.lead,
  COLUMN_TITLES.target,
  COLUMN_TITLES.progress,
  COLUMN_TITLES.status,
  'Target due on',
  'Target kind',
  'Overdue',
  'Latest update on',
  'Latest update text',
  'Number of updates',
] as const;

type ExportRow = (string | number | Date | null)[];

function exportRows(plan: ImprovementPlan, today: string, asDates: boolean): ExportRow[] {
  let previousChallenge: string | null = null;
  return actionEntriesOf(plan).map(({ action, headingId, headingTitle, challengeId }) => {
    // Local themes are written as the import reads them, so an export re-imports into any plan.
    const heading = plan.headings.find((h) => h.id === headingId)!;
    const headingText = heading.kind === PlanHeadingKind.LOCAL_THEME ? `Local theme: ${headingTitle}` : headingTitle;
    const challenge = plan.headings.flatMap((h) => h.challenges).find((c) => c.id === challengeId)!;
    const first = challengeId !== previousChallenge;
    previousChallenge = challengeId;
    const latest = action.latestUpdate;
    const date = (iso: string | null) => (iso === null ? null : asDates ? new Date(`${iso}T00:00:00Z`) : iso);
    return [
      headingText,
      challenge.title,
      first ? sourceText(challenge.source) : null,
      first ? challenge.outcomes : null,
      action.description,
      action.lead,
      action.targetText,
      historyText(action),
      action.status ? STATUS_NAMES[action.status] : null,
      date(action.targetDueOn),
      action.targetKind,
      isOverdue({ dueOn: action.targetDueOn, status: action.status }, today) ? 'Yes' : 'No',
      date(latest?.date ?? null),
      latest?.text ?? null,
      action.updates.length,
    ];
  });
}

const sourceText = (source: {
  kind: string;
  reference: string | null;
  frameworkKey: string | null;
  subjectKey: string | null;
  label: string | null;
}) => (source.reference ? `Recommendation ${source.reference}` : source.subjectKey ? `${source.frameworkKey} ${source.subjectKey}` : '');

/** The history as the import reads it back: "YYYY-MM-DD: text (Status)", one line per update, oldest first. */
export const historyText = (action: PlanAction) => action.history.map((u) => `${u.date}: ${u.text} (${STATUS_NAMES[u.status]})`).join('\n');

/** One CSV field: quoted when it needs to be; text a spreadsheet would run as a formula is prefixed with an apostrophe. */
const csvField = (value: string | number) => {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const toCsv = (rows: (string | number)[][]) => rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** The plan as CSV: the context lines first, a blank line, then the header and one row per action. */
export function planCsv(ctx: ExportContext): string {
  const rows = exportRows(ctx.plan, todayIso(), false);
  return toCsv([
    ...contextLines(ctx),
    [],
    [...EXPORT_COLUMNS],
    ...rows.map((r) => r.map((v) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : v))),
  ]);
}

/** The plan as an .xlsx workbook: the plan table (importable), then a sheet about the file. */
export async function planWorkbook(ctx: ExportContext): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Touchstone';
  const sheet = workbook.addWorksheet('Plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((header) => ({ header, width: widthOf(header) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of exportRows(ctx.plan, todayIso(), true)) sheet.addRow(row);
  for (const key of [10, 13]) sheet.getColumn(key).numFmt = 'dd/mm/yyyy';
  sheet.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  addContextSheet(workbook, ctx);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addContextSheet(workbook: ExcelJS.Workbook, ctx: ExportContext) {
  const about = workbook.addWorksheet('About this file');
  about.columns = [
    { header: 'Field', width: 20 },
    { header: 'Value', width: 90 },
  ];
  about.getRow(1).font = { bold: true };
  for (const line of contextLines(ctx)) about.addRow(line);
}

const widthOf = (header: string) =>
  ({ Challenge: 45, Action: 45, [COLUMN_TITLES.outcomes]: 40, [COLUMN_TITLES.progress]: 50, 'Latest update text': 40 })[header] ?? 18;

/**
 * An empty plan to fill in: the header row, then the plan framework's core elements as heading rows
 * merged across, each with room below; a second sheet explains how to fill it in.
 */
export async function planTemplateWorkbook(framework: Framework): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Touchstone';
  const sheet = workbook.addWorksheet('Plan');
  const columns = [
    COLUMN_TITLES.challenge,
    COLUMN_TITLES.outcomes,
    COLUMN_TITLES.actions,
    COLUMN_TITLES.lead,
    COLUMN_TITLES.target,
    COLUMN_TITLES.progress,
    COLUMN_TITLES.status,
    COLUMN_TITLES.source,
  ];
  sheet.columns = columns.map((header) => ({ header, width: header === COLUMN_TITLES.status ? 10 : 32 }));
  sheet.getRow(1).font = { bold: true };
  for (const section of framework.sections) {
    const row = sheet.addRow([section.title]);
    row.font = { bold: true };
    sheet.mergeCells(row.number, 1, row.number, columns.length);
    sheet.addRow([]);
  }
  const local = sheet.addRow(['Local theme: (your own theme)']);
  local.font = { bold: true };
  sheet.mergeCells(local.number, 1, local.number, columns.length);
  const help = workbook.addWorksheet('How to fill this in');
  help.getColumn(1).width = 110;
  for (const line of TEMPLATE_HELP) help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const TEMPLATE_HELP = [
  'How to fill in this improvement plan',
  'Headings: keep the core element rows; add a theme of your own as a row of its own reading "Local theme: <name>". Delete the example local theme row if you have none.',
  'Challenges: one row per challenge, under its heading. Rows below that leave the Challenge cell empty (or merged down) add to the challenge above.',
  'Actions: several actions may share one cell, one per line. Give one lead (a role or team, not a name) for all, or one per line; the same for target dates.',
  'Target dates: a month and year ("July 2014"), a date ("31/07/2014"), a range ("February 2014 – March 2015"), "Ongoing" or "Ongoing until 2016/17".',
  'Progress: one update per line starting with its date, e.g. "March 2014: Savings programme agreed (Green)". The Status column gives the latest line\u2019s status: Red, Amber, Green or Blue (complete).',
  'Source: "Recommendation R3" for a peer challenge recommendation; leave empty for a local theme.',
  'Type values, not formulas: a formula is refused. The largest file accepted is 5 MB.',
];
