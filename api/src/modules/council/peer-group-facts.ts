import { CircumstanceKind, CircumstanceSource } from './council-circumstance.entity';

/**
 * Which circumstances define anonymised peer groups: the one place the rule is written (DESIGN.md §4).
 * Official facts and PAS's assignments define groups; what a council says of itself is context for
 * the council and never enlarges a group, since any council could otherwise lift a small group over
 * the disclosure threshold by declaring itself into it. A designation (or the danger of one) is an
 * official fact, so only the official record of it counts.
 */
export const GROUP_DEFINING_SOURCES: Readonly<Record<CircumstanceKind, readonly CircumstanceSource[]>> = {
  [CircumstanceKind.DESIGNATED]: [CircumstanceSource.OFFICIAL],
  [CircumstanceKind.AT_RISK_OF_DESIGNATION]: [CircumstanceSource.OFFICIAL],
  [CircumstanceKind.CASH_STRAPPED]: [CircumstanceSource.OFFICIAL, CircumstanceSource.PAS_ASSIGNED],
  [CircumstanceKind.CRUISING]: [CircumstanceSource.OFFICIAL, CircumstanceSource.PAS_ASSIGNED],
  [CircumstanceKind.HIGH_PERFORMING]: [CircumstanceSource.OFFICIAL, CircumstanceSource.PAS_ASSIGNED],
  [CircumstanceKind.NEEDS_SUPPORT]: [CircumstanceSource.OFFICIAL, CircumstanceSource.PAS_ASSIGNED],
};

/** Whether a circumstance recorded with this source places the council in the circumstance's peer group. */
export function definesPeerGroup(kind: CircumstanceKind, source: CircumstanceSource): boolean {
  return GROUP_DEFINING_SOURCES[kind]?.includes(source) ?? false;
}

/** The rule as two parallel arrays (kinds, sources) of every pair that counts, for SQL to unnest. */
export function groupDefiningPairs(): { kinds: string[]; sources: string[] } {
  const pairs = Object.entries(GROUP_DEFINING_SOURCES).flatMap(([kind, sources]) => sources.map((source) => [kind, source]));
  return { kinds: pairs.map(([kind]) => kind), sources: pairs.map(([, source]) => source) };
}
