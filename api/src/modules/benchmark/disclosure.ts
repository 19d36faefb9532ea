/**
 * Disclosure control: the only door through which anonymised aggregates leave Touchstone. Every
 * figure computed over other councils passes through `discloseAggregate` before it is returned,
 * so the promise to councils (DESIGN.md §4) is kept in one place.
 */

/** The GSS symbol for a value suppressed to protect confidentiality. */
export const SUPPRESSED_SYMBOL = 'c';

/** The smallest threshold the service will ever run with, whatever is configured. */
export const ABSOLUTE_MIN_OTHER_COUNCILS = 3;

export type DisclosurePolicy = { minOtherCouncils: number };

export type AggregateInput = {
  /** Councils contributing, not counting the viewer. */
  otherCouncils: number;
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
};

export type DisclosedAggregate =
  | { suppressed: false; contributorsBand: string; median: number | null; lowerQuartile: number | null; upperQuartile: number | null }
  | { suppressed: true; contributorsBand: typeof SUPPRESSED_SYMBOL; reason: string };

/** Counts are shown in bands, never exactly, so adding or removing one council cannot be seen. */
export function bandCount(count: number, minOtherCouncils: number): string {
  if (count < minOtherCouncils) return SUPPRESSED_SYMBOL;
  const bands: [number, number | null][] = [[minOtherCouncils, 9], [10, 19], [20, 49], [50, 99], [100, 199], [200, null]];
  const [low, high] = bands.find(([lo, hi]) => count >= lo && (hi === null || count <= hi)) ?? bands[0];
  return high === null ? `${low}+` : `${low}–${high}`;
}

export function effectiveThreshold(policy: DisclosurePolicy): number {
  return Math.max(ABSOLUTE_MIN_OTHER_COUNCILS, policy.minOtherCouncils);
}

/** Returns the aggregate if enough other councils contribute, otherwise a suppressed cell with its reason. */
export function discloseAggregate(input: AggregateInput, policy: DisclosurePolicy): DisclosedAggregate {
  const threshold = effectiveThreshold(policy);
  if (input.otherCouncils < threshold) {
    return { suppressed: true, contributorsBand: SUPPRESSED_SYMBOL, reason: `Fewer than ${threshold} other councils contributed, so the figure is withheld to protect their anonymity.` };
  }
  return {
    suppressed: false,
    contributorsBand: bandCount(input.otherCouncils, threshold),
    median: input.median,
    lowerQuartile: input.lowerQuartile,
    upperQuartile: input.upperQuartile,
  };
}
