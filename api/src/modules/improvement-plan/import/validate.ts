import type { PlanTree } from '../improvement-plan.service';
import { PlanSourceKind } from '../plan-challenge.entity';
import { type ParsedTarget, parsePeriod, parseTarget, RagStatus, todayIso } from '../plan-status';

import { COLUMN_TITLES, type ImportProblem, type Interpretation, type InterpretedRow, type PlanColumn } from './interpret-rows';

/** One action as understood from a row. */
export type UnderstoodAction = { description: string; lead: string; target: ParsedTarget | null; targetText: string };
export type UnderstoodUpdate = { date: string; text: string; status: RagStatus | null };

export type ValidatedRow = InterpretedRow & { understoodActions: UnderstoodAction[]; understoodUpdates: UnderstoodUpdate[] };

export type Validation = { rows: ValidatedRow[]; problems: ImportProblem[]; tree: PlanTree };

const STATUS_WORDS: Record<string, RagStatus> = {
  red: RagStatus.RED,
  r: RagStatus.RED,
  amber: RagStatus.AMBER,
  a: RagStatus.AMBER,
  green: RagStatus.GREEN,
  g: RagStatus.GREEN,
  blue: RagStatus.BLUE,
  b: RagStatus.BLUE,
  complete: RagStatus.BLUE,
  completed: RagStatus.BLUE,
};

export const statusOf = (text: string): RagStatus | null =>
  STATUS_WORDS[
    text
      .trim()
      .toLowerCase()
      .replace(/[^a-z]/g, '')
  ] ?? null;

/** "Recommendation R3" / "R3" → a peer recommendation; anything else names a local theme. */
function sourceOf(text: string | null): PlanTree['headings'][number]['challenges'][number]['source'] {
  const reference = text?.replace(/^(peer\s+)?(challenge\s+)?recommendation\s*/i, '').trim() || null;
  return reference
    ? { kind: PlanSourceKind.PEER_RECOMMENDATION, reference: reference.slice(0, 100), frameworkKey: null, subjectKey: null, label: null }
    : { kind: PlanSourceKind.LOCAL_THEME, reference: null, frameworkKey: null, subjectKey: null, label: null };
}

/**
 * Checks every row's contents: actions paired with leads and dates, each date readable, progress
 * written as dated lines with a status. Builds the plan tree that would be stored, and lists each
 * problem by row and column.
 */
export function validateRows(interpretation: Interpretation): Validation {
  const { columns } = interpretation;
  const problems: ImportProblem[] = [...interpretation.problems];
  const at = (row: number, field: PlanColumn, message: string): ImportProblem => ({
    row,
    column: columns[field] ?? null,
    columnTitle: COLUMN_TITLES[field],
    message,
  });
  const today = todayIso();
  const rows: ValidatedRow[] = [];
  const tree: PlanTree = { headings: [] };
  const challengeByRow = new Map<number, PlanTree['headings'][number]['challenges'][number]>();

  for (const row of interpretation.rows) {
    const rowProblems = [...row.problems];
    const understoodActions: UnderstoodAction[] = [];
    const understoodUpdates: UnderstoodUpdate[] = [];
    if (row.kind === 'challenge' || row.kind === 'continuation') {
      const n = row.actions.length;
      if (n === 0 && (row.leads.length || row.targets.length))
        rowProblems.push(at(row.row, 'actions', 'A lead or date is given but no action.'));
      if (n > 0) {
        if (row.leads.length === 0)
          rowProblems.push(at(row.row, 'lead', `No lead for ${n === 1 ? 'the action' : `the ${n} actions`}: name a role or team.`));
        else if (row.leads.length !== 1 && row.leads.length !== n)
          rowProblems.push(
            at(row.row, 'lead', `${n} actions but ${row.leads.length} leads: give one lead for all, or one per line for each action.`),
          );
        if (row.targets.length === 0)
          rowProblems.push(at(row.row, 'target', 'No target date: write a month and year, a range or "Ongoing".'));
        else if (row.targets.length !== 1 && row.targets.length !== n)
          rowProblems.push(
            at(
              row.row,
              'target',
              `${n} actions but ${row.targets.length} target dates: give one for all, or one per line for each action.`,
            ),
          );
      }
      const targets = row.targets.map((text) => {
        const parsed = parseTarget(text);
        if (!parsed.ok) rowProblems.push(at(row.row, 'target', parsed.message));
        return parsed.ok ? parsed.target : null;
      });
      row.actions.forEach((description, i) => {
        const pick = <TValue>(list: TValue[]) => (list.length === 1 ? list[0] : list[i]);
        understoodActions.push({
          description,
          lead: pick(row.leads) ?? '',
          target: pick(targets) ?? null,
          targetText: pick(row.targets) ?? '',
        });
      });
      understoodUpdates.push(...readProgress(row, rowProblems, at, today));

      if (row.heading && row.challengeRow !== null) {
        let heading = tree.headings.find((h) => h.title === row.heading!.title);
        if (!heading) {
          heading = { title: row.heading.title, sectionKey: row.heading.sectionKey, challenges: [] };
          tree.headings.push(heading);
        }
        let challenge = challengeByRow.get(row.challengeRow);
        if (!challenge) {
          challenge = { title: row.challenge ?? '', outcomes: '', source: sourceOf(row.source), actions: [] };
          challengeByRow.set(row.challengeRow, challenge);
          heading.challenges.push(challenge);
        }
        if (row.outcomes.length) challenge.outcomes = [challenge.outcomes, ...row.outcomes].filter(Boolean).join('\n');
        if (row.source && row.kind === 'continuation' && challenge.source.kind === PlanSourceKind.LOCAL_THEME)
          challenge.source = sourceOf(row.source);
        const added = understoodActions.map((a) => ({
          description: a.description,
          lead: a.lead,
          target: a.target ?? { kind: 'ongoing', text: '', startsOn: null, dueOn: null },
          updates: [] as PlanTree['headings'][number]['challenges'][number]['actions'][number]['updates'],
        })) as PlanTree['headings'][number]['challenges'][number]['actions'];
        challenge.actions.push(...added);
        // Progress describes the row's actions; on a row with no action of its own, the challenge's latest action.
        const receivers = added.length ? added : challenge.actions.slice(-1);
        if (understoodUpdates.length && receivers.length === 0)
          rowProblems.push(at(row.row, 'progress', 'Progress is given but there is no action for it to belong to.'));
        for (const receiver of receivers)
          receiver.updates.push(
            ...understoodUpdates.filter((u) => u.status !== null).map((u) => ({ date: u.date, text: u.text, status: u.status! })),
          );
      }
    }
    problems.push(...rowProblems);
    rows.push({ ...row, problems: rowProblems, understoodActions, understoodUpdates });
  }

  for (const [row, challenge] of challengeByRow) {
    if (challenge.actions.length === 0)
      problems.push(
        at(
          row,
          'actions',
          `"${challenge.title.slice(0, 80)}" has no actions. If this row is a heading, write it as a heading of the plan or "Local theme: …"; otherwise add its actions.`,
        ),
      );
  }
  return { rows, problems: sortProblems(problems), tree };
}

/** Progress lines are "<date>: <text>", optionally ending "(Red)"; the Status column gives the latest line's status. */
function readProgress(
  row: InterpretedRow,
  problems: ImportProblem[],
  at: (row: number, field: PlanColumn, message: string) => ImportProblem,
  today: string,
): UnderstoodUpdate[] {
  const updates: UnderstoodUpdate[] = [];
  const columnStatus = row.status ? statusOf(row.status) : null;
  if (row.status && !columnStatus)
    problems.push(at(row.row, 'status', `"${row.status}" is not a status: write Red, Amber, Green or Blue (complete).`));
  for (const line of row.progress) {
    const dated = /^(.{4,30}?)\s*(?::|\s[-–—]\s)\s*(.+)$/.exec(line);
    const period = dated ? parsePeriod(dated[1]) : null;
    if (!period) {
      if (updates.length) {
        updates[updates.length - 1].text += `\n${line}`;
        continue;
      }
      problems.push(
        at(
          row.row,
          'progress',
          `Progress must start with a date, e.g. "March 2014: Savings programme agreed"; found "${line.slice(0, 60)}".`,
        ),
      );
      continue;
    }
    const marker = /\s*[([](red|amber|green|blue|complete|r|a|g|b)[)\]]\s*$/i.exec(dated![2]);
    const text = marker ? dated![2].slice(0, marker.index).trim() : dated![2].trim();
    // A month written alone means its end, but never a day still to come.
    const date = period.end > today ? (period.start > today ? period.start : today) : period.end;
    if (period.start > today) problems.push(at(row.row, 'progress', `The update dated "${dated![1]}" is in the future.`));
    updates.push({ date, text, status: marker ? statusOf(marker[1]) : null });
  }
  if (updates.length) {
    const last = updates[updates.length - 1];
    if (last.status === null) last.status = columnStatus;
    for (const u of updates)
      if (u.status === null)
        problems.push(
          at(
            row.row,
            'progress',
            `The update dated ${u.date} has no status: end the line with (Red), (Amber), (Green) or (Blue), or fill the Status column for the latest one.`,
          ),
        );
  } else if (columnStatus) {
    problems.push(
      at(
        row.row,
        'status',
        'A status is given without a dated progress update: write the update in the Progress column, e.g. "March 2014: …".',
      ),
    );
  }
  return updates;
}

const sortProblems = (problems: ImportProblem[]) =>
  [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
