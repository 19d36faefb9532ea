/**
 * What the council views other than the position page show (the breakthrough matrix, now vs
 * ambition), kept in the query string: ?council=E07000034&round=2025-26&group=type%3Adistrict, and
 * for the matrix &rows=plan-coverage&columns=progress. The same rules as the position page:
 * anything malformed falls back to the default. Pure.
 */
import { DEFAULT_CHOICE, parseChoice, type Round } from './council-position-choice';
import type { MatrixAxes } from './matrix-axes';

/** A council, a round, (where the view compares with one) a peer group, and (for the matrix) its axes. */
export type ViewChoice = { council: string; round: Round; group: string | null; axes: MatrixAxes };

const DIMENSION_KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
const dimensionKey = (value: string | null): string | null => {
  const key = value?.trim().toLowerCase() ?? '';
  return DIMENSION_KEY.test(key) ? key : null;
};

/** Reads a view's choice; null while the URL names no council and the default council is not yet known. */
export function parseViewChoice(search: string, defaultCouncil: string | null): ViewChoice | null {
  const choice = parseChoice(search, defaultCouncil);
  if (choice === null) return null;
  const params = new URLSearchParams(search);
  return {
    council: choice.council,
    round: choice.round,
    group: choice.group,
    axes: { rows: dimensionKey(params.get('rows')), columns: dimensionKey(params.get('columns')) },
  };
}

/** Writes a view's choice as a query string (with its leading "?"), leaving out the default group and axes. */
export function serialiseViewChoice(choice: ViewChoice): string {
  const params = new URLSearchParams({ council: choice.council, round: choice.round });
  if (choice.group) params.set('group', choice.group);
  if (choice.axes.rows) params.set('rows', choice.axes.rows);
  if (choice.axes.columns) params.set('columns', choice.axes.columns);
  return `?${params.toString()}`;
}

/** The newest round, when the URL does not say. */
export const DEFAULT_ROUND: Round = DEFAULT_CHOICE.round;
