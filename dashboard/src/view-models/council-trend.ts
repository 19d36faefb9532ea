/**
 * A council's own trend: its score in each section in every round it submitted, oldest first, and
 * the change from its first submitted round to its last. Only submitted assessments count (a draft
 * is not the council's view yet). Pure, so the table's words are tested on their own.
 */
import type { TableColumn } from '../components/DataTable/table-columns';
import type { GetCouncilTrendAssessment } from '../graphql/queries/getCouncilTrend';

import { formatScore } from './council-position';

/** One section's scores by round (null where the council did not score it that round). */
export type TrendRow = { key: string; title: string; scores: Record<string, number | null> };

/** The rounds the council submitted, oldest first, and each section's scores in them. */
export type CouncilTrend = { rounds: string[]; rows: TrendRow[] };

/** The trend on one dimension (the first the scores carry when none is asked for). */
export function councilTrend(assessments: GetCouncilTrendAssessment[], dimensionKey: string | null): CouncilTrend {
  const submitted = assessments.filter((a) => a.status === 'SUBMITTED');
  const rounds = [...new Set(submitted.map((a) => a.round))].sort();
  const dimension = dimensionKey ?? submitted.flatMap((a) => a.sectionScores)[0]?.dimension.key ?? null;
  const sections = new Map<string, { title: string; position: number }>();
  const scores = new Map<string, Record<string, number | null>>();
  for (const a of submitted) {
    for (const s of a.sectionScores) {
      if (s.dimension.key !== dimension) continue;
      sections.set(s.section.key, { title: s.section.title, position: s.section.position });
      scores.set(s.section.key, { ...scores.get(s.section.key), [a.round]: s.score });
    }
  }
  const rows = [...sections.entries()]
    .sort(([, a], [, b]) => a.position - b.position)
    .map(([key, { title }]) => ({ key, title, scores: Object.fromEntries(rounds.map((r) => [r, scores.get(key)?.[r] ?? null])) }));
  return { rounds, rows };
}

/** The change from the first round to the last, in points, as a cell: "+4", "-2", "No change", or "Not available". */
export function changeText(row: TrendRow, rounds: string[]): string {
  const first = row.scores[rounds[0]];
  const last = row.scores[rounds[rounds.length - 1]];
  if (rounds.length < 2 || first === null || last === null || first === undefined || last === undefined) return 'Not available';
  const change = Math.round(last) - Math.round(first);
  return change === 0 ? 'No change' : `${change > 0 ? '+' : ''}${change}`;
}

/** The trend table's columns: the section, its score in each round, and the change across them. */
export function trendColumns(trend: CouncilTrend, sectionLabel: string): TableColumn<TrendRow>[] {
  const { rounds } = trend;
  return [
    { heading: sectionLabel, text: (r) => r.title },
    ...rounds.map((round) => ({ heading: round, text: (r: TrendRow) => formatScore(r.scores[round]) ?? 'Not scored', numeric: true })),
    ...(rounds.length > 1 ? [{ heading: `Change since ${rounds[0]}`, text: (r: TrendRow) => changeText(r, rounds), numeric: true }] : []),
  ];
}
