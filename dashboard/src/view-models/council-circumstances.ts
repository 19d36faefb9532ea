import type { CircumstanceKind, CircumstanceSource } from '../graphql/generated/graphql';

/** A circumstance as the API gives it: its kind, who says so, and when it applies. */
export type CircumstanceFact = {
  id: string;
  kind: CircumstanceKind;
  source: CircumstanceSource;
  round?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  definesPeerGroup: boolean;
};

/** A circumstance in words, for the council position page. */
export type CircumstanceRow = { id: string; kind: string; source: string; effect: string; definesPeerGroup: boolean };

const KIND_WORDS: Record<CircumstanceKind, string> = {
  DESIGNATED: 'Designated',
  AT_RISK_OF_DESIGNATION: 'In danger of designation',
  CASH_STRAPPED: 'Cash-strapped',
  CRUISING: '‘Cruising’',
  HIGH_PERFORMING: 'High-performing',
  NEEDS_SUPPORT: 'Needing specific support',
};

const SOURCE_WORDS: Record<CircumstanceSource, string> = {
  OFFICIAL: 'Official record',
  PAS_ASSIGNED: 'Assigned by the Planning Advisory Service',
  SELF_DECLARED: 'Declared by the council itself',
};

/** Whether a dated fact (such as a designation) was in force at any time in a round ("2026-27" runs 1 April 2026 to 31 March 2027). */
function inForceDuring(fact: CircumstanceFact, round: string): boolean {
  const start = `${round.slice(0, 4)}-04-01`;
  const end = `${Number(round.slice(0, 4)) + 1}-03-31`;
  return !!fact.startsOn && fact.startsOn <= end && (!fact.endsOn || fact.endsOn >= start);
}

/**
 * The council's circumstances that apply to a round, in words: those recorded for the round and
 * dated facts in force during it. Those that place the council in a peer group come first; the ones
 * the council declared itself are labelled as context, since they never define a group.
 */
export function circumstanceRows(facts: readonly CircumstanceFact[], round: string): CircumstanceRow[] {
  return facts
    .filter((f) => f.round === round || (!f.round && inForceDuring(f, round)))
    .sort((a, b) => Number(b.definesPeerGroup) - Number(a.definesPeerGroup))
    .map((f) => ({
      id: f.id,
      kind: KIND_WORDS[f.kind],
      source: SOURCE_WORDS[f.source],
      effect: f.definesPeerGroup
        ? 'Places the council in this circumstance’s peer group.'
        : f.source === 'SELF_DECLARED'
          ? 'Context for the council only: what a council declares about itself never places it in a peer group.'
          : 'Context only: a designation counts only from the official record.',
      definesPeerGroup: f.definesPeerGroup,
    }));
}
