/**
 * What the council views other than the position page show (the breakthrough matrix, now vs
 * ambition), kept in the query string: ?council=E07000034&round=2025-26&group=type%3Adistrict.
 * The same rules as the position page: anything malformed falls back to the default. Pure.
 */
import { DEFAULT_CHOICE, parseChoice, type Round } from './council-position-choice';

/** A council, a round and (where the view compares with one) a peer group. */
export type ViewChoice = { council: string; round: Round; group: string | null };

/** Reads a view's choice; null while the URL names no council and the default council is not yet known. */
export function parseViewChoice(search: string, defaultCouncil: string | null): ViewChoice | null {
  const choice = parseChoice(search, defaultCouncil);
  return choice && { council: choice.council, round: choice.round, group: choice.group };
}

/** Writes a view's choice as a query string (with its leading "?"), leaving out the default group. */
export function serialiseViewChoice(choice: ViewChoice): string {
  const params = new URLSearchParams({ council: choice.council, round: choice.round });
  if (choice.group) params.set('group', choice.group);
  return `?${params.toString()}`;
}

/** The newest round, when the URL does not say. */
export const DEFAULT_ROUND: Round = DEFAULT_CHOICE.round;
