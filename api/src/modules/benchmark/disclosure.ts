/**
 * Disclosure control: the only door through which anonymised figures leave Touchstone. Every
 * figure computed over other councils (aggregates, distributions, the matrix's shares) passes
 * through this module before it is returned, so the promise to councils (DESIGN.md §4) is kept in
 * one place.
 */
import { DISCLOSURE_FLOOR } from '../../common/disclosure-floor';
import { withheldFigures } from '../../common/metrics';
import { displayScore } from '../../common/exact-score';

import {
  apportion,
  countBandOf,
  hidesTotal,
  PRECISE_FIGURES_FROM,
  pseudoTotal,
  roundExactToStep,
  SMALL_GROUP_ROUNDING,
  wholePercent,
} from './small-numbers';

/** The smallest threshold the service will ever run with, whatever is configured (common/disclosure-floor.ts). */
export { DISCLOSURE_FLOOR };

/** The GSS symbol for a value suppressed to protect confidentiality. */
export const SUPPRESSED_SYMBOL = 'c';

export type DisclosurePolicy = { minOtherCouncils: number };

export type AggregateInput = {
  /** Councils contributing, not counting the viewer. */
  otherCouncils: number;
  /** The exact statistics, in numerator units over `denominator` (common/exact-score.ts). */
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
  /** The subject's score denominator. */
  denominator: number;
};

export type DisclosedAggregate =
  | { suppressed: false; contributorsBand: string; median: number | null; lowerQuartile: number | null; upperQuartile: number | null }
  | { suppressed: true; contributorsBand: typeof SUPPRESSED_SYMBOL; reason: string };

/** Counts are shown in bands, never exactly, so adding or removing one council cannot be seen. */
export function bandCount(count: number, minOtherCouncils: number): string {
  if (count < minOtherCouncils) return SUPPRESSED_SYMBOL;
  const [low, high] = countBandOf(count, minOtherCouncils);
  return high === null ? `${low}+` : `${low}–${high}`;
}

/** The threshold in force: the configured one, never below the floor. */
export function effectiveThreshold(policy: DisclosurePolicy): number {
  return Math.max(DISCLOSURE_FLOOR, policy.minOtherCouncils);
}

/**
 * Returns the aggregate, as 0–100 figures for display, if enough other councils contribute,
 * otherwise a suppressed cell with its reason. Below PRECISE_FIGURES_FROM other councils the median
 * and quartiles are rounded to SMALL_GROUP_ROUNDING points (small-numbers.ts), so a small group
 * never publishes one of its members' own scores.
 */
export function discloseAggregate(input: AggregateInput, policy: DisclosurePolicy): DisclosedAggregate {
  const threshold = effectiveThreshold(policy);
  if (input.otherCouncils < threshold) {
    withheldFigures.inc();
    return {
      suppressed: true,
      contributorsBand: SUPPRESSED_SYMBOL,
      reason: `Fewer than ${threshold} other councils contributed, so the figure is withheld to protect their anonymity.`,
    };
  }
  const small = input.otherCouncils < PRECISE_FIGURES_FROM;
  const published = (units: number | null) =>
    units === null
      ? null
      : small
        ? roundExactToStep(units, input.denominator, SMALL_GROUP_ROUNDING)
        : displayScore(units, input.denominator);
  return {
    suppressed: false,
    contributorsBand: bandCount(input.otherCouncils, threshold),
    median: published(input.median),
    lowerQuartile: published(input.lowerQuartile),
    upperQuartile: published(input.upperQuartile),
  };
}

export type DisclosedDistribution = { suppressed: false; shares: number[] } | { suppressed: true; reason: string };

/**
 * One reason for every distribution withheld to protect individual answers, whether by the
 * group-disclosure rule or because its shares would give away the count (discloseDistribution), so
 * the reason itself says nothing about which.
 */
const GROUP_DISCLOSURE_REASON =
  'Almost every council is on the same level, or too few are spread across the levels, so the distribution would reveal individual answers.';

/** Group disclosure: where all, or all but one, of the contributors share one level, showing where they are would tell each where the others are. */
const revealsGroup = (onOneLevel: number, contributors: number) => onOneLevel >= contributors - 1;

/** A count as a whole-number percentage of the total (exactly halfway rounds up). */
const percentOf = wholePercent;

/**
 * Which distribution a cell is, for its pseudo-total: the same cell asked again gets the same
 * figures. `key` names the cut (framework, rounds, group, dimension); `secret` is the installation's
 * disclosure key, so the pseudo-total cannot be worked out from outside.
 */
export type DistributionCell = { key: string; secret: string };

/**
 * Distribution of other councils over a scale's levels, as whole-number percentages; withheld
 * below the threshold and where the group-disclosure rule applies. So that the percentages cannot
 * spell out the count hidden in its band (a "5–9" whose shares are fifths has 5), they are not
 * shares of the real count: the counts are apportioned (largest remainder) to a pseudo-total drawn
 * from the band for this cell (small-numbers.ts), the same every time, and the shares are of that.
 */
export function discloseDistribution(counts: number[], policy: DisclosurePolicy, cell: DistributionCell): DisclosedDistribution {
  return discloseDistributions([counts], policy, cell)[0];
}

/**
 * The distributions of one cut (one group, rounds and dimension; e.g. every section), disclosed as
 * discloseDistribution does each, and checked together: distributions of the same count share a
 * pseudo-total, so an adversary could set them side by side. Where they would then be consistent
 * with only one count in the band, all of them are withheld.
 */
export function discloseDistributions(
  countsBySubject: number[][],
  policy: DisclosurePolicy,
  cell: DistributionCell,
): DisclosedDistribution[] {
  const threshold = effectiveThreshold(policy);
  // Subjects of the cut with the same count share a pseudo-total (the cell and the count key it), so each is drawn once.
  const seatsByTotal = new Map<number, number>();
  const spreads = countsBySubject.map((counts) => {
    const total = counts.reduce((sum, n) => sum + n, 0);
    if (total < threshold) return { suppressed: true as const, reason: `Fewer than ${threshold} other councils contributed.` };
    if (revealsGroup(Math.max(...counts), total)) return { suppressed: true as const, reason: GROUP_DISCLOSURE_REASON };
    const band = countBandOf(total, threshold);
    const seats = seatsByTotal.get(total) ?? pseudoTotal(total, band, cell.secret, cell.key);
    seatsByTotal.set(total, seats);
    return { suppressed: false as const, total, band, seats, spread: apportion(counts, seats) };
  });
  const hidden = new Map<number, boolean>();
  for (const s of spreads) {
    if (s.suppressed || s.band[1] === null || hidden.has(s.total)) continue;
    const together = spreads.flatMap((o) => (!o.suppressed && o.total === s.total ? [o.spread] : []));
    hidden.set(s.total, hidesTotal(together, s.seats, [s.band[0], s.band[1]]));
  }
  return spreads.map((s): DisclosedDistribution => {
    if (s.suppressed) return s;
    if (hidden.get(s.total) === false) return { suppressed: true, reason: GROUP_DISCLOSURE_REASON };
    return { suppressed: false, shares: s.spread.map((n) => percentOf(n, s.seats)) };
  });
}

export type MatrixInput = {
  /** Councils contributing, not counting the viewer. */
  otherCouncils: number;
  /** The most councils that have every rated item on one level of either dimension. */
  councilsOnOneLevel: number;
  /** Other councils' rated items in each cell, by any key the caller chooses (such as "row:column"). */
  items: ReadonlyMap<string, number>;
};

export type DisclosedMatrix =
  | { suppressed: false; contributorsBand: string; shares: Map<string, number> }
  | { suppressed: true; contributorsBand: string; reason: string };

/**
 * Other councils' items across the cells of a two-dimension matrix, as whole-number percentages
 * of their rated items. Withheld below the threshold, and by the group-disclosure rule where all,
 * or all but one, of the councils have every item on one level of a dimension, since the shares
 * would then say where each of them stands.
 */
export function discloseMatrix(input: MatrixInput, policy: DisclosurePolicy): DisclosedMatrix {
  const aggregate = discloseAggregate(
    { otherCouncils: input.otherCouncils, median: null, lowerQuartile: null, upperQuartile: null, denominator: 1 },
    policy,
  );
  if (aggregate.suppressed) return aggregate;
  const total = [...input.items.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0 || revealsGroup(input.councilsOnOneLevel, input.otherCouncils))
    return { suppressed: true, contributorsBand: aggregate.contributorsBand, reason: GROUP_DISCLOSURE_REASON };
  return {
    suppressed: false,
    contributorsBand: aggregate.contributorsBand,
    shares: new Map([...input.items].map(([key, n]) => [key, percentOf(n, total)])),
  };
}

/**
 * Differencing: two groups whose memberships differ by only a few councils would, served side by
 * side, reveal those councils' figures by subtraction. Given the groups in the order they are
 * preferred, returns the keys to withhold: a group is withheld when its contributors differ from
 * an already-served group's by at least one but fewer than the threshold. `leftOut` (the viewer's
 * council, never its own peer) is judged as if it were in none of the sets.
 */
export function groupsTooCloseToServe(
  groups: { key: string; label?: string; contributors: ReadonlySet<string> }[],
  policy: DisclosurePolicy,
  leftOut: string | null = null,
): Map<string, string> {
  const threshold = effectiveThreshold(policy);
  const sizeOf = (contributors: ReadonlySet<string>) => contributors.size - (leftOut !== null && contributors.has(leftOut) ? 1 : 0);
  const served: { key: string; label?: string; contributors: ReadonlySet<string>; size: number }[] = [];
  const withheld = new Map<string, string>();
  for (const group of groups) {
    const size = sizeOf(group.contributors);
    // A group below the threshold is withheld by the threshold rule; it is never served, so it cannot be differenced against.
    if (size < threshold) continue;
    const close = served.find((other) => {
      // Sets whose sizes differ by the threshold or more cannot be closer than it: skip the count.
      if (Math.abs(other.size - size) >= threshold) return false;
      return isCloseButNotEqual(group.contributors, other.contributors, threshold, leftOut);
    });
    if (close)
      withheld.set(
        group.key,
        `Its councils differ from "${close.label ?? close.key}" by fewer than ${threshold}, so showing both could reveal individual results.`,
      );
    else served.push({ ...group, size });
  }
  return withheld;
}

/** Whether two sets differ by at least one member (`leftOut` aside) but fewer than `threshold`; stops counting at the threshold. */
function isCloseButNotEqual(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold: number, leftOut: string | null): boolean {
  let difference = 0;
  for (const id of a) if (!b.has(id) && id !== leftOut && ++difference >= threshold) return false;
  for (const id of b) if (!a.has(id) && id !== leftOut && ++difference >= threshold) return false;
  return difference > 0;
}
