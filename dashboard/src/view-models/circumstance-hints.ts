/**
 * Why each circumstance peer group is offered to a council as a one-click choice, and who said the
 * council is in it. Pure, so the wording is tested without a browser.
 */
import type { GetCouncilCircumstancesCircumstance } from '../graphql/queries/getCouncilCircumstances';
import type { PeerGroupSummaryFragment } from '../graphql/generated/graphql';

/** The circumstance kinds behind each circumstance group's key (as the API defines the groups). */
const KINDS_OF_GROUP: Record<string, string[]> = {
  'circumstance:designated-or-at-risk': ['DESIGNATED', 'AT_RISK_OF_DESIGNATION'],
  'circumstance:cash-strapped': ['CASH_STRAPPED'],
  'circumstance:cruising': ['CRUISING'],
  'circumstance:high-performing': ['HIGH_PERFORMING'],
  'circumstance:needs-support': ['NEEDS_SUPPORT'],
};

const KIND_WORDS: Record<string, string> = {
  DESIGNATED: 'designated',
  AT_RISK_OF_DESIGNATION: 'in danger of designation',
  CASH_STRAPPED: 'cash-strapped',
  CRUISING: "'cruising'",
  HIGH_PERFORMING: 'high-performing',
  NEEDS_SUPPORT: 'needing specific support',
};

/** Who recorded a circumstance, in words. */
const SOURCE_WORDS: Record<string, string> = {
  OFFICIAL: 'an official fact, recorded by an administrator',
  PAS_ASSIGNED: 'assigned by the Planning Advisory Service',
  SELF_DECLARED: 'declared by the council itself',
};

/**
 * A hint for each circumstance group among the radios, by key: the council's circumstance of that
 * kind and who recorded it (an official fact, PAS, or the council itself), or, where it has none,
 * that the group is offered to compare with. Other groups get no hint.
 */
export function circumstanceHints(
  groups: Pick<PeerGroupSummaryFragment, 'key' | 'kind'>[],
  circumstances: Pick<GetCouncilCircumstancesCircumstance, 'kind' | 'source' | 'startsOn' | 'round'>[],
  councilName: string,
): Record<string, string> {
  const hints: Record<string, string> = {};
  for (const group of groups) {
    if (group.kind !== 'CIRCUMSTANCE') continue;
    const kinds = KINDS_OF_GROUP[group.key] ?? [];
    const placing = circumstances.filter((c) => kinds.includes(c.kind));
    if (placing.length === 0) {
      hints[group.key] = `To compare with councils in this group; ${councilName} is not in it.`;
      continue;
    }
    const reasons = placing.map((c) => {
      const when = c.startsOn ? ` since ${c.startsOn}` : c.round ? ` for ${c.round}` : '';
      return `${KIND_WORDS[c.kind] ?? c.kind.toLowerCase()}${when}: ${SOURCE_WORDS[c.source] ?? 'recorded'}`;
    });
    hints[group.key] = `Offered because ${councilName} is ${reasons.join('; and ')}.`;
  }
  return hints;
}
